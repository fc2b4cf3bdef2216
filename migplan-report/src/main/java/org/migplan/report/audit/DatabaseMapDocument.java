package org.migplan.report.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.migplan.core.database.AppliedMigration;
import org.migplan.core.database.DatabaseMap;
import org.migplan.core.database.DbRelation;
import org.migplan.core.database.DjangoState;
import org.migplan.core.database.Permission;

/**
 * The database half of {@code migplan map} as JSON members: {@code db_relations} and {@code
 * django}. The command merges them with the source half.
 */
public final class DatabaseMapDocument {
  private DatabaseMapDocument() {}

  /** {@code table}, {@code schema}, {@code db_relations} and {@code django}, in that order. */
  public static Map<String, Object> members(DatabaseMap map) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("table", map.table().name());
    members.put("schema", map.table().schema());
    members.put(
        "db_relations", map.relations().stream().map(DatabaseMapDocument::relation).toList());
    members.put("django", django(map.django(), map.model().appLabel()));
    return members;
  }

  private static Map<String, Object> relation(DbRelation r) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("table", r.table().name());
    map.put("column", r.column());
    map.put("kind", r.kind().label());
    map.put("rows", r.rows());
    map.put("distinct_referenced", r.distinctReferenced());
    map.put("nullable", r.nullable());
    map.put("constraint", r.constraint());
    map.put("on_delete", r.onDelete());
    map.put("deferrable", r.deferrable());
    map.put("paired_column", r.pairedColumn());
    map.put("paired_table", r.pairedTable());
    return map;
  }

  private static Map<String, Object> django(DjangoState state, String appLabel) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(
        "content_type",
        state
            .contentType()
            .map(
                c -> {
                  Map<String, Object> ct = new LinkedHashMap<>();
                  ct.put("id", c.id());
                  ct.put("app_label", c.appLabel());
                  ct.put("model", c.model());
                  return (Object) ct;
                })
            .orElse(null));
    map.put(
        "permissions", state.permissions().stream().map(DatabaseMapDocument::permission).toList());
    map.put("admin_log_rows", AuditDocument.orNull(state.adminLogRows()));
    map.put("migrations", state.migrationsByApp());
    map.put(
        "latest_migration",
        state.latestMigration(appLabel).map(DatabaseMapDocument::migration).orElse(null));
    map.put("missing_tables", state.missingTables());
    return map;
  }

  private static Map<String, Object> permission(Permission p) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("codename", p.codename());
    map.put("name", p.name());
    map.put("group_grants", p.groupGrants());
    map.put("user_grants", p.userGrants());
    map.put("grants", p.grants());
    return map;
  }

  private static Object migration(AppliedMigration m) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("app", m.app());
    map.put("name", m.name());
    map.put("applied", m.applied());
    return map;
  }
}
