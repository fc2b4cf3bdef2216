package org.migplan.report.audit;

import java.util.List;
import java.util.Map;
import org.migplan.core.database.DatabaseMap;
import org.migplan.core.database.DbRelation;
import org.migplan.core.database.DjangoState;

/** The database half of {@code migplan map} as text. */
public final class DatabaseMapText {
  private DatabaseMapText() {}

  public static String render(DatabaseMap map) {
    StringBuilder out = new StringBuilder();
    out.append("Database references to ")
        .append(map.model())
        .append(" (table ")
        .append(map.table())
        .append(")\n");
    AuditText.section(
        out, "Relations", map.relations().stream().map(DatabaseMapText::relation).toList());
    DjangoState django = map.django();
    AuditText.section(
        out,
        "Content type",
        List.of(
            django
                .contentType()
                .map(
                    c ->
                        "django_content_type id "
                            + c.id()
                            + " ("
                            + c.appLabel()
                            + ", "
                            + c.model()
                            + ")")
                .orElse("no django_content_type row for this model")));
    AuditText.section(
        out,
        "Permissions",
        django.permissions().stream()
            .map(
                p ->
                    p.codename()
                        + ": "
                        + Numbers.count(p.groupGrants())
                        + " group grants, "
                        + Numbers.count(p.userGrants())
                        + " user grants")
            .toList());
    AuditText.section(
        out,
        "Admin log",
        List.of(
            django.adminLogRows().isPresent()
                ? Numbers.count(django.adminLogRows().getAsLong()) + " django_admin_log rows"
                : "no django_admin_log rows read"));
    String app = map.model().appLabel();
    AuditText.section(
        out,
        "Migrations",
        List.of(
            django.migrationsByApp().entrySet().stream()
                .map(DatabaseMapText::migrations)
                .reduce((a, b) -> a + "\n  " + b)
                .orElse(""),
            django
                .latestMigration(app)
                .map(m -> "rollback target: " + m.app() + " " + m.name())
                .orElse("")));
    if (!django.missingTables().isEmpty()) {
      AuditText.section(out, "Django tables not in the database", django.missingTables());
    }
    return out.toString();
  }

  private static String relation(DbRelation r) {
    StringBuilder line = new StringBuilder();
    line.append(r.kind().label())
        .append("  ")
        .append(r.table())
        .append(".")
        .append(r.column())
        .append(": ")
        .append(Numbers.count(r.rows()))
        .append(" rows -> ")
        .append(Numbers.count(r.distinctReferenced()))
        .append(" referenced");
    if (!r.pairedColumn().isEmpty()) {
      line.append(", with ").append(r.pairedColumn());
      if (!r.pairedTable().isEmpty()) {
        line.append(" -> ").append(r.pairedTable());
      }
    }
    if (!r.onDelete().isEmpty()) {
      line.append("; ON DELETE ").append(r.onDelete()).append(", ").append(r.deferrable());
    }
    line.append(r.nullable() ? "; nullable" : "; not null");
    if (!r.constraint().isEmpty()) {
      line.append("  [").append(r.constraint()).append("]");
    }
    return line.toString();
  }

  private static String migrations(Map.Entry<String, List<String>> app) {
    List<String> names = app.getValue();
    return app.getKey() + ": " + names.size() + " applied, latest " + names.get(names.size() - 1);
  }
}
