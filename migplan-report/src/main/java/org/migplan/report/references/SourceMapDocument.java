package org.migplan.report.references;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.CrossCheckFinding;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.RelationField;

/** The source side of {@code migplan map} as JSON members, and the cross-check findings. */
public final class SourceMapDocument {
  private SourceMapDocument() {}

  /** {@code declaration}, {@code relations} and {@code references}, in that order. */
  public static Map<String, Object> members(
      ModelDeclaration declaration,
      List<RelationField> relations,
      List<CodeReference> references,
      OptionalInt maxNameLength) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("declaration", declaration(declaration, maxNameLength));
    members.put("relations", ReferenceDocument.relations(relations, declaration.label()));
    members.put("references", ReferenceDocument.references(references));
    return members;
  }

  public static Map<String, Object> declaration(ModelDeclaration model, OptionalInt maxNameLength) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("label", model.label().toString());
    json.put("file", model.file());
    json.put("line", model.line());
    json.put("table", model.table(maxNameLength));
    json.put("db_table", model.dbTable().orElse(null));
    json.put("abstract", model.isAbstract());
    json.put("proxy", model.proxy());
    json.put("managed", model.managed());
    json.put("bases", model.bases());
    return json;
  }

  /** Source relations the migration state lacks, for JSON. */
  public static List<Map<String, Object>> pendingMigrations(
      List<org.migplan.core.source.PendingMigration> pending) {
    return pending.stream()
        .map(
            p -> {
              Map<String, Object> json = new java.util.LinkedHashMap<>();
              json.put("file", p.declaration().file());
              json.put("line", p.declaration().line());
              json.put("source_model", p.declaration().sourceModel().toString());
              json.put("field", p.declaration().field());
              json.put("detail", p.detail());
              return json;
            })
        .toList();
  }

  /** Source relations the migration state lacks, one line each. */
  public static String pendingMigrationsText(
      List<org.migplan.core.source.PendingMigration> pending) {
    StringBuilder text = new StringBuilder();
    for (var p : pending) {
      text.append("  ")
          .append(p.declaration().file())
          .append(':')
          .append(p.declaration().line())
          .append(": ")
          .append(p.detail())
          .append('\n');
    }
    return text.toString();
  }

  public static List<Map<String, Object>> findings(List<CrossCheckFinding> findings) {
    return findings.stream()
        .map(
            f -> {
              Map<String, Object> json = new LinkedHashMap<>();
              json.put("kind", f.kind().jsonName());
              json.put("table", f.table());
              json.put("column", f.column());
              json.put("declaration", f.declaration());
              json.put("detail", f.detail());
              return (Map<String, Object>) json;
            })
        .toList();
  }

  /** The findings as text, one per line, or a line saying source and database agree. */
  public static String findingsText(List<CrossCheckFinding> findings) {
    if (findings.isEmpty()) {
      return "Source and database agree: every declared relation has its foreign key and every"
          + " foreign key is declared.\n";
    }
    StringBuilder text = new StringBuilder();
    for (CrossCheckFinding f : findings) {
      text.append(f.kind().jsonName())
          .append(": ")
          .append(f.table())
          .append('.')
          .append(f.column());
      if (!f.declaration().isEmpty()) {
        text.append(" (").append(f.declaration()).append(')');
      }
      text.append(": ").append(f.detail()).append('\n');
    }
    return text.toString();
  }
}
