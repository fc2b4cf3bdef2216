package org.migplan.report.plan;

import static org.migplan.report.plan.StrategyView.row;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migplan.core.django.Relation;
import org.migplan.core.plan.Plan;
import org.migplan.core.plan.TableFacts;

/** {@code plan.json}: everything in the plan, machine-readable. */
final class PlanDocument {
  static final int SCHEMA_VERSION = 2;

  private PlanDocument() {}

  static Map<String, Object> of(Plan plan, RenderSettings settings) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schema_version", SCHEMA_VERSION);
    doc.put("generator", settings.generator());
    doc.put("generated_on", settings.generatedOn());
    doc.put("model", plan.input().model().toString());
    doc.put("new_name", plan.input().newObjectName());
    doc.put(
        "django",
        row("version", plan.input().version().toString(), "source", plan.input().versionSource()));
    doc.put("engine", plan.input().engine().engine());
    doc.put("database", plan.database().map(d -> (Object) d.description()).orElse(null));
    doc.put("risk", plan.risk().label());
    doc.put("tables", row("old", plan.oldTable(), "new", plan.newTable()));
    doc.put(
        "names",
        plan.names().stream()
            .map(n -> row("what", n.what(), "before", n.before(), "after", n.after()))
            .toList());
    doc.put(
        "facts",
        plan.database()
            .map(
                d ->
                    (Object)
                        row(
                            "target", table(d.target()),
                            "related_tables", d.tables().stream().map(PlanDocument::table).toList(),
                            "content_type_id",
                                d.contentTypeId().isPresent()
                                    ? d.contentTypeId().getAsLong()
                                    : null,
                            "new_content_type_exists", d.newContentTypeExists(),
                            "permissions",
                                d.permissions().stream()
                                    .map(
                                        p ->
                                            row(
                                                "codename",
                                                p.codename(),
                                                "group_grants",
                                                p.groupGrants(),
                                                "user_grants",
                                                p.userGrants()))
                                    .toList(),
                            "generic_rows", d.genericRows(),
                            "admin_log_rows", d.adminLogRows(),
                            "applied_migrations", d.appliedMigrations()))
            .orElse(null));
    doc.put("relations", plan.relations().stream().map(PlanDocument::relation).toList());
    doc.put(
        "findings",
        plan.findings().stream()
            .map(
                f ->
                    row(
                        "id",
                        f.id(),
                        "severity",
                        f.severity().label(),
                        "title",
                        f.title(),
                        "evidence",
                        f.evidence(),
                        "mitigation",
                        f.mitigation()))
            .toList());
    doc.put(
        "ddl",
        plan.ddl().stream()
            .map(
                s ->
                    row(
                        "sql",
                        s.sql(),
                        "lock",
                        s.lock().label(),
                        "locked_tables",
                        s.lockedTables(),
                        "scanned_table",
                        s.scans() ? s.scannedTable() : null,
                        "purpose",
                        s.purpose()))
            .toList());
    doc.put(
        "locks",
        row(
            "estimated_seconds",
            Math.round(plan.locks().seconds() * 10) / 10.0,
            "exclusive_tables",
            plan.locks().exclusiveTables(),
            "scanned_rows",
            plan.locks().scannedRows(),
            "scanned_bytes",
            plan.locks().scannedBytes(),
            "basis",
            plan.locks().basis()));
    doc.put(
        "checklist",
        plan.checklist().stream()
            .map(c -> row("item", c.item(), "verified", c.verified(), "how", c.how()))
            .toList());
    doc.put("steps", plan.steps());
    doc.put(
        "migrations",
        StrategyView.migrationFiles(plan).stream()
            .map(
                f ->
                    row(
                        "app",
                        f.get("app"),
                        "file",
                        f.get("path"),
                        "name",
                        f.get("name"),
                        "purpose",
                        f.get("purpose"),
                        "dependencies",
                        f.get("dependencies"),
                        "text",
                        f.get("text")))
            .toList());
    doc.put("renames_permissions", plan.migration().renamesPermissions());
    doc.put(
        "rollback",
        row(
            "app",
            plan.rollback().appLabel(),
            "previous_migration",
            plan.rollback().previousMigration(),
            "previous_migration_source",
            plan.rollback().previousMigrationSource(),
            "expected_counts",
            plan.rollback().expectedCounts().stream().map(PlanDocument::table).toList(),
            "backup",
            plan.rollback()
                .backup()
                .map(
                    b ->
                        (Object)
                            row(
                                "file",
                                b.file(),
                                "verified",
                                b.verified(),
                                "how",
                                b.how(),
                                "restore_command",
                                RollbackView.restoreCommand(plan)))
                .orElse(null)));
    doc.put("testing_plan", plan.testingPlan());
    doc.put(
        "code_changes",
        plan.codeChanges().stream()
            .map(
                f ->
                    row(
                        "file",
                        f.file(),
                        "references",
                        f.references().stream()
                            .map(r -> row("line", r.line(), "kind", r.kind(), "text", r.text()))
                            .toList()))
            .toList());
    doc.put("not_verified", plan.notVerified());
    return doc;
  }

  private static Map<String, Object> relation(Relation r) {
    return row(
        "declaring_model",
        r.declaringModel(),
        "field",
        r.field(),
        "kind",
        r.kind().name().toLowerCase(java.util.Locale.ROOT),
        "related_name",
        r.relatedName(),
        "table",
        r.table(),
        "column",
        r.column(),
        "target_column",
        r.targetColumn(),
        "auto_created_through",
        r.autoCreatedThrough(),
        "symmetrical",
        r.symmetrical(),
        "rows",
        r.rows().isPresent() ? r.rows().getAsLong() : null,
        "constraint",
        r.constraintName().isEmpty() ? null : r.constraintName(),
        "left_alone_by_rename_model",
        r.leftAloneByRenameModel(),
        "location",
        r.location().isEmpty() ? null : r.location());
  }

  private static Map<String, Object> table(TableFacts t) {
    return row(
        "table",
        t.table(),
        "rows",
        t.rows(),
        "bytes",
        t.bytes().isPresent() ? t.bytes().getAsLong() : null,
        "exact",
        t.exact());
  }

  static List<String> keys(Plan plan, RenderSettings settings) {
    return List.copyOf(of(plan, settings).keySet());
  }
}
