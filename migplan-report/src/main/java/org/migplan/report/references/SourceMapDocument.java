package org.migplan.report.references;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.migplan.core.django.HistoricalModel;
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

  /**
   * The models django-simple-history generates for the model ({@code generated_models}): their
   * label and table as Django derives them (null when a non-literal option decides), and how the
   * project asks for them.
   */
  public static List<Map<String, Object>> generatedModels(
      ModelDeclaration model, List<HistoricalModel> generated, OptionalInt maxNameLength) {
    String app = model.label().appLabel();
    String name = model.label().objectName();
    return generated.stream()
        .map(
            h -> {
              Map<String, Object> json = new LinkedHashMap<>();
              json.put("generator", "django-simple-history");
              json.put("form", h.form());
              json.put("location", h.location());
              json.put("attribute", h.attribute());
              json.put("model", label(h, app, name).orElse(null));
              json.put("table", h.table(app, name, maxNameLength).orElse(null));
              json.put("follows_rename", h.followsRename());
              json.put("options", h.literals());
              json.put("dynamic_options", h.dynamic());
              return (Map<String, Object>) json;
            })
        .toList();
  }

  /** The generated models as a text section, empty when there are none. */
  public static String generatedModelsText(
      ModelDeclaration model, List<HistoricalModel> generated, OptionalInt maxNameLength) {
    if (generated.isEmpty()) {
      return "";
    }
    String app = model.label().appLabel();
    String name = model.label().objectName();
    StringBuilder text = new StringBuilder("Generated models (renamed with the model):\n");
    for (HistoricalModel h : generated) {
      text.append("  ")
          .append(label(h, app, name).orElse("(name set by a non-literal custom_model_name)"))
          .append(", table ")
          .append(h.table(app, name, maxNameLength).orElse("(set by a non-literal option)"))
          .append(": django-simple-history, ")
          .append(
              switch (h.form()) {
                case "register" -> "register()";
                case "inherited" -> "HistoricalRecords(inherit=True) on a base";
                default -> "HistoricalRecords() as " + h.attribute();
              })
          .append(" at ")
          .append(h.location());
      if (!h.followsRename()) {
        text.append("; custom_model_name");
      }
      if (!h.dynamic().isEmpty()) {
        text.append("; not literals: ").append(String.join(", ", h.dynamic()));
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static java.util.Optional<String> label(HistoricalModel h, String app, String name) {
    return h.appLabel(app).flatMap(a -> h.objectName(name).map(n -> a + "." + n));
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
              f.rows().ifPresent(n -> json.put("rows", n));
              f.rowsWithValue().ifPresent(n -> json.put("rows_with_value", n));
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

  /** Source fields the migration state lacks, for JSON. */
  public static List<Map<String, Object>> pendingMigrations(
      List<org.migplan.core.source.PendingMigration> pending) {
    return pending.stream()
        .map(
            p -> {
              Map<String, Object> json = new java.util.LinkedHashMap<>();
              json.put("file", p.file());
              json.put("line", p.line());
              json.put("source_model", p.model().toString());
              json.put("field", p.field());
              json.put("detail", p.detail());
              return json;
            })
        .toList();
  }

  /** Source fields the migration state lacks, one line each. */
  public static String pendingMigrationsText(
      List<org.migplan.core.source.PendingMigration> pending) {
    StringBuilder text = new StringBuilder();
    for (var p : pending) {
      text.append("  ").append(p.located()).append('\n');
    }
    return text.toString();
  }
}
