package org.migplan.report.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.migplan.core.django.DdlStatement;
import org.migplan.core.django.ParentLinkMigration;
import org.migplan.core.django.Relation;
import org.migplan.core.django.RelationKind;
import org.migplan.core.plan.CodeReference;
import org.migplan.core.plan.FileChanges;
import org.migplan.core.plan.Finding;
import org.migplan.core.plan.Plan;
import org.migplan.core.plan.TableFacts;
import org.migplan.report.ArtifactNames;

/** The strategy document's values, escaped for Markdown. */
final class StrategyView {
  private StrategyView() {}

  static Map<String, Object> of(Plan plan, RenderSettings settings) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("generator", settings.generator());
    view.put("date", settings.generatedOn());
    view.put("old", plan.input().model().toString());
    view.put("newName", plan.input().newObjectName());
    view.put("app", plan.input().model().appLabel());
    view.put("version", plan.input().version().toString());
    view.put("versionSource", md(plan.input().versionSource()));
    view.put("engine", plan.input().engine().engine());
    view.put("database", plan.database().map(d -> md(d.description())).orElse(""));
    view.put("sourceOnly", plan.database().isEmpty());
    view.put("risk", plan.risk().name());
    view.put("oldTable", plan.oldTable());
    view.put("newTable", plan.newTable());
    view.put("tableChanges", !plan.oldTable().equals(plan.newTable()));
    view.put(
        "names",
        plan.names().stream()
            .map(
                n ->
                    row(
                        "what",
                        md(n.what()),
                        "before",
                        md(n.before()),
                        "after",
                        md(n.after()),
                        "changes",
                        n.changes() ? "yes" : "no"))
            .toList());
    view.put("hasNotVerified", !plan.notVerified().isEmpty());
    view.put("notVerified", plan.notVerified().stream().map(StrategyView::md).toList());
    plan.database().ifPresent(d -> view.put("target", table(d.target())));
    view.put(
        "relations",
        plan.relations().stream().map(r -> relation(r, plan.database().isPresent())).toList());
    view.put("hasRelations", !plan.relations().isEmpty());
    view.put("mermaid", mermaid(plan));
    view.put("findings", plan.findings().stream().map(StrategyView::finding).toList());
    view.put("ddl", ddl(plan.ddl()));
    view.put("lockSeconds", String.format(Locale.ROOT, "%.1f", plan.locks().seconds()));
    view.put("lockTables", String.join(", ", plan.locks().exclusiveTables()));
    view.put("lockBasis", md(plan.locks().basis()));
    view.put("lockRows", String.format(Locale.ROOT, "%,d", plan.locks().scannedRows()));
    view.put(
        "checklist",
        plan.checklist().stream()
            .map(
                c ->
                    row("mark", c.verified() ? "x" : " ", "item", md(c.item()), "how", md(c.how())))
            .toList());
    view.put("steps", numbered(plan.steps()));
    view.put("migrations", migrationFiles(plan));
    view.put("severalMigrations", !plan.migration().companions().isEmpty());
    view.put("previousMigration", plan.rollback().previousMigration());
    view.put("previousSource", md(plan.rollback().previousMigrationSource()));
    view.put("rollbackScript", ArtifactNames.rollbackScript(plan.input().newObjectName()));
    view.put("counts", plan.rollback().expectedCounts().stream().map(StrategyView::table).toList());
    plan.rollback()
        .backup()
        .ifPresent(
            b ->
                view.put(
                    "backup",
                    row(
                        "file",
                        md(b.file()),
                        "verified",
                        b.verified(),
                        "how",
                        md(b.how()),
                        "restore",
                        RollbackView.restoreCommand(plan))));
    view.put("testingPlan", numbered(plan.testingPlan()));
    view.put("codeChanges", plan.codeChanges().stream().map(StrategyView::file).toList());
    view.put("hasCodeChanges", !plan.codeChanges().isEmpty());
    view.put("references", plan.input().source().scanned());
    return view;
  }

  private static Map<String, Object> finding(Finding f) {
    return row(
        "severity",
        f.severity().name(),
        "id",
        f.id(),
        "title",
        md(f.title()),
        "evidence",
        md(f.evidence()),
        "mitigation",
        md(f.mitigation()));
  }

  private static Map<String, Object> relation(Relation r, boolean databaseRead) {
    return row(
        "model",
        md(r.declaringModel()),
        "field",
        md(r.field()),
        "kind",
        r.kind().fieldClass(),
        "table",
        md(r.table()),
        "column",
        md(r.column()),
        "relatedName",
        r.relatedName().isEmpty() ? "" : "`" + md(r.relatedName()) + "`",
        "rows",
        rows(r, databaseRead),
        "renameModel",
        r.leftAloneByRenameModel() ? "left alone" : "altered",
        "where",
        r.location().isEmpty() ? "database" : md(r.location()));
  }

  /**
   * The relation's rows; a many-to-many with {@code through=} counts its through table's. Without a
   * database nothing is counted; with one, what is uncounted has no table (or no generic rows
   * recognised) in it.
   */
  private static String rows(Relation r, boolean databaseRead) {
    if (r.rows().isEmpty()) {
      return databaseRead ? "not found in the database" : "not counted";
    }
    String count = String.format(Locale.ROOT, "%,d", r.rows().getAsLong());
    boolean through =
        r.kind() == RelationKind.MANY_TO_MANY && !r.autoCreatedThrough() && !r.hasColumn();
    return through ? count + " via `" + md(r.table()) + "`" : count;
  }

  private static Map<String, Object> table(TableFacts t) {
    return row(
        "table",
        md(t.table()),
        "rows",
        String.format(Locale.ROOT, "%,d", t.rows()),
        "rawRows",
        Long.toString(t.rows()),
        "bytes",
        t.bytes().isPresent()
            ? String.format(Locale.ROOT, "%,d", t.bytes().getAsLong())
            : "unknown",
        "exact",
        t.exact() ? "exact" : "estimate");
  }

  private static Map<String, Object> file(FileChanges f) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (CodeReference r : f.references()) {
      lines.add(row("location", md(r.location()), "kind", md(r.kind()), "text", md(r.text())));
    }
    return row("file", md(f.file()), "lines", lines);
  }

  private static List<Map<String, Object>> ddl(List<DdlStatement> statements) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int n = 1;
    for (DdlStatement s : statements) {
      rows.add(
          row(
              "n",
              Integer.toString(n++),
              "sql",
              s.sql(),
              "lock",
              s.lock().label(),
              "allows",
              s.lock().allows(),
              "tables",
              String.join(", ", s.lockedTables()),
              "scan",
              s.scans() ? "full scan of " + s.scannedTable() : "catalog only",
              "purpose",
              md(s.purpose())));
    }
    return rows;
  }

  private static String mermaid(Plan plan) {
    StringBuilder text = new StringBuilder("flowchart LR\n");
    String target = "target";
    text.append("  ")
        .append(target)
        .append("[\"")
        .append(label(plan.input().model().toString()))
        .append(" → ")
        .append(label(plan.input().newObjectName()))
        .append("<br/>")
        .append(label(plan.oldTable()))
        .append("\"]\n");
    Set<String> nodes = new LinkedHashSet<>();
    for (Relation r : plan.relations()) {
      boolean self = r.declaredBy(plan.input().model());
      String node =
          self ? target : id(r.declaringModel().isEmpty() ? r.table() : r.declaringModel());
      if (!self && nodes.add(node)) {
        text.append("  ")
            .append(node)
            .append("[\"")
            .append(label(r.declaringModel().isEmpty() ? r.table() : r.declaringModel()))
            .append("\"]\n");
      }
      String rows =
          r.rows().isPresent()
              ? String.format(Locale.ROOT, ", %,d rows", r.rows().getAsLong())
              : "";
      String arrow = r.leftAloneByRenameModel() ? " -.->|\"" : " -->|\"";
      text.append("  ")
          .append(node)
          .append(arrow)
          .append(label(r.field() + " (" + r.kind().fieldClass() + rows + ")"))
          .append("\"| ")
          .append(target)
          .append('\n');
    }
    return text.toString();
  }

  private static String id(String text) {
    return "m_" + text.replaceAll("[^A-Za-z0-9_]", "_");
  }

  private static String label(String text) {
    return text.replace("\"", "#quot;");
  }

  private static List<Map<String, Object>> numbered(List<String> items) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      rows.add(row("n", Integer.toString(i + 1), "text", items.get(i)));
    }
    return rows;
  }

  /** Escapes a table cell's pipes and line breaks. */
  static String md(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  static Map<String, Object> row(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** Every generated migration file, the rename first: path, app and text. */
  static List<Map<String, Object>> migrationFiles(Plan plan) {
    List<Map<String, Object>> files = new ArrayList<>();
    String directory = plan.input().source().migrationsDirectory();
    files.add(
        row(
            "path",
            (directory.isEmpty() ? "" : directory + "/") + plan.migration().fileName(),
            "app",
            plan.migration().appLabel(),
            "name",
            plan.migration().name(),
            "purpose",
            "the rename",
            "dependencies",
            plan.migration().dependencies().stream()
                .map(e -> e.getKey() + "." + e.getValue())
                .toList(),
            "text",
            plan.migration().text()));
    for (ParentLinkMigration companion : plan.migration().companions()) {
      List<String> dependencies = new ArrayList<>();
      companion.dependency().ifPresent(d -> dependencies.add(companion.appLabel() + "." + d));
      dependencies.add(companion.renameAppLabel() + "." + companion.renameMigration());
      files.add(
          row(
              "path",
              companion.path(),
              "app",
              companion.appLabel(),
              "name",
              companion.name(),
              "purpose",
              "renames the parent link "
                  + companion.oldPointer()
                  + " to "
                  + companion.newPointer()
                  + " of "
                  + String.join(", ", companion.children()),
              "dependencies",
              dependencies,
              "text",
              companion.text()));
    }
    for (Map<String, Object> file : files) {
      @SuppressWarnings("unchecked")
      List<String> dependencies = (List<String>) file.get("dependencies");
      file.put(
          "dependencyText",
          String.join(", ", dependencies.stream().map(d -> "`" + d + "`").toList()));
    }
    return files;
  }
}
