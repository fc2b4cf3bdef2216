package org.migplan.db.django;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.migplan.core.database.AppliedMigration;
import org.migplan.core.database.ContentType;
import org.migplan.core.database.DjangoState;
import org.migplan.core.database.ForeignKey;
import org.migplan.core.database.Permission;
import org.migplan.core.database.TableName;
import org.migplan.core.database.TableSchema;
import org.migplan.core.model.ModelLabel;
import org.migplan.db.catalog.Catalog;

/**
 * Django's own tables read as data: the model's content type, its permissions and their grants, its
 * admin log entries, and the applied migrations. A Django table that is missing is recorded, not an
 * error.
 */
public final class DjangoTables {
  public static final String CONTENT_TYPES = "django_content_type";
  public static final String PERMISSIONS = "auth_permission";
  public static final String ADMIN_LOG = "django_admin_log";
  public static final String MIGRATIONS = "django_migrations";

  private final Catalog catalog;
  private final Handle handle;

  public DjangoTables(Catalog catalog, Handle handle) {
    this.catalog = catalog;
    this.handle = handle;
  }

  public DjangoState read(ModelLabel model) {
    List<String> missing = new ArrayList<>();
    Optional<TableName> contentTypes = table(CONTENT_TYPES, missing);
    Optional<TableName> permissions = table(PERMISSIONS, missing);
    Optional<TableName> adminLog = table(ADMIN_LOG, missing);
    Optional<TableName> migrations = table(MIGRATIONS, missing);
    Optional<ContentType> contentType = contentTypes.flatMap(t -> contentType(t, model));
    List<Permission> permissionRows =
        contentType.isPresent() && permissions.isPresent()
            ? permissions(permissions.get(), contentType.get())
            : List.of();
    OptionalLong adminRows =
        contentType.isPresent() && adminLog.isPresent()
            ? OptionalLong.of(adminLog(adminLog.get(), contentType.get()))
            : OptionalLong.empty();
    List<AppliedMigration> applied = migrations.map(this::migrations).orElse(List.of());
    return new DjangoState(contentType, permissionRows, adminRows, applied, missing);
  }

  /** The content type table, when it exists (for finding generic relations). */
  public Optional<TableName> contentTypeTable() {
    return catalog.find(CONTENT_TYPES);
  }

  private Optional<TableName> table(String name, List<String> missing) {
    Optional<TableName> table = catalog.find(name);
    if (table.isEmpty()) {
      missing.add(name);
    }
    return table;
  }

  private Optional<ContentType> contentType(TableName table, ModelLabel model) {
    return handle
        .createQuery(
            "SELECT id, app_label, model FROM "
                + catalog.qualified(table)
                + " WHERE app_label = ? AND model = ?")
        .bind(0, model.appLabel())
        .bind(1, model.modelName())
        .map((rs, ctx) -> new ContentType(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .findFirst();
  }

  /** Permissions of the content type; grants counted in every table with a key to them. */
  private List<Permission> permissions(TableName table, ContentType contentType) {
    record Row(long id, String codename, String name) {}
    List<Row> rows =
        handle
            .createQuery(
                "SELECT id, codename, name FROM "
                    + catalog.qualified(table)
                    + " WHERE content_type_id = ? ORDER BY codename")
            .bind(0, contentType.id())
            .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)))
            .list();
    Map<Long, Map<String, Long>> grants = new HashMap<>();
    TableSchema schema = catalog.schema(table);
    for (ForeignKey grant : schema.incoming()) {
      if (grant.table().equals(table)) {
        continue;
      }
      String column = catalog.quote(grant.column());
      handle
          .createQuery(
              "SELECT g."
                  + column
                  + ", count(*) FROM "
                  + catalog.qualified(grant.table())
                  + " g WHERE g."
                  + column
                  + " IN (SELECT id FROM "
                  + catalog.qualified(table)
                  + " WHERE content_type_id = ?) GROUP BY g."
                  + column)
          .bind(0, contentType.id())
          .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
          .forEach(
              e ->
                  grants
                      .computeIfAbsent(e.getKey(), k -> new HashMap<>())
                      .merge(grant.table().toString(), e.getValue(), Long::sum));
    }
    return rows.stream()
        .map(
            r ->
                new Permission(
                    r.id(), r.codename(), r.name(), grants.getOrDefault(r.id(), Map.of())))
        .toList();
  }

  private long adminLog(TableName table, ContentType contentType) {
    return handle
        .createQuery(
            "SELECT count(*) FROM " + catalog.qualified(table) + " WHERE content_type_id = ?")
        .bind(0, contentType.id())
        .mapTo(Long.class)
        .one();
  }

  private List<AppliedMigration> migrations(TableName table) {
    return handle
        .createQuery(
            "SELECT id, app, name, CAST(applied AS TEXT) FROM "
                + catalog.qualified(table)
                + " ORDER BY id")
        .map(
            (rs, ctx) ->
                new AppliedMigration(
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }
}
