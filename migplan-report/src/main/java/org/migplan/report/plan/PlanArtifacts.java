package org.migplan.report.plan;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.migplan.core.plan.ColumnFacts;
import org.migplan.core.plan.Plan;
import org.migplan.core.plan.TableSchema;
import org.migplan.report.ArtifactNames;
import org.migplan.report.json.JsonDocuments;

/** Renders every artifact of {@code migplan plan} in memory: file name → content. */
public final class PlanArtifacts {
  private PlanArtifacts() {}

  /** The files, in a fixed order; the same plan and settings give byte-identical content. */
  public static Map<String, String> render(Plan plan, RenderSettings settings) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(ArtifactNames.STRATEGY, strategy(plan, settings));
    plan.database()
        .ifPresent(
            d -> files.put(ArtifactNames.schema(d.schema().table()), schema(d.schema(), settings)));
    files.put(
        ArtifactNames.rollbackScript(plan.input().newObjectName()), rollbackScript(plan, settings));
    files.put(ArtifactNames.PLAN_JSON, json(plan, settings));
    return files;
  }

  public static String strategy(Plan plan, RenderSettings settings) {
    return Templates.render("strategy.mustache", StrategyView.of(plan, settings));
  }

  public static String rollbackScript(Plan plan, RenderSettings settings) {
    return Templates.render("rollback.sh.mustache", RollbackView.of(plan, settings));
  }

  public static String json(Plan plan, RenderSettings settings) {
    return JsonDocuments.write(PlanDocument.of(plan, settings));
  }

  /** An inspectdb-like description of the table, from the catalog. */
  public static String schema(TableSchema schema, RenderSettings settings) {
    int width = schema.columns().stream().mapToInt(c -> c.name().length()).max().orElse(4);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("generator", settings.generator());
    view.put("table", schema.table());
    view.put(
        "columns",
        schema.columns().stream()
            .map(
                c ->
                    StrategyView.row(
                        "line",
                        String.format(
                            Locale.ROOT,
                            "%-" + width + "s  %s%s%s%s",
                            c.name(),
                            c.type(),
                            c.nullable() ? "" : " NOT NULL",
                            c.defaultValue().isEmpty() ? "" : " DEFAULT " + c.defaultValue(),
                            c.primaryKey() ? " PRIMARY KEY" : ""),
                        "field",
                        c.name() + " = " + field(c)))
            .toList());
    view.put("constraints", schema.constraints());
    view.put("indexes", schema.indexes());
    return Templates.render("schema.txt.mustache", view);
  }

  private static String field(ColumnFacts c) {
    String type = c.type().toLowerCase(Locale.ROOT);
    String options = (c.nullable() ? "blank=True, null=True" : "");
    String kind;
    if (c.primaryKey()
        && (type.contains("serial")
            || c.defaultValue().contains("nextval")
            || type.equals("integer"))) {
      return "models.AutoField(primary_key=True)";
    } else if (type.startsWith("character varying") || type.startsWith("varchar")) {
      String length = type.replaceAll("\\D", "");
      kind =
          "models.CharField("
              + (length.isEmpty() ? "" : "max_length=" + length + (options.isEmpty() ? "" : ", "));
      return kind + options + ")";
    } else if (type.contains("bigint")) {
      kind = "models.BigIntegerField(";
    } else if (type.contains("int")) {
      kind = "models.IntegerField(";
    } else if (type.contains("bool")) {
      kind = "models.BooleanField(";
    } else if (type.contains("timestamp") || type.equals("datetime")) {
      kind = "models.DateTimeField(";
    } else if (type.equals("date")) {
      kind = "models.DateField(";
    } else if (type.contains("text")) {
      kind = "models.TextField(";
    } else if (type.contains("numeric") || type.contains("decimal")) {
      kind = "models.DecimalField(";
    } else {
      return "models.TextField(" + options + ")  # database type: " + c.type();
    }
    return kind + options + ")";
  }
}
