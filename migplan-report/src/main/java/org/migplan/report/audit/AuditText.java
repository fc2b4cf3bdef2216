package org.migplan.report.audit;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.migplan.core.database.Column;
import org.migplan.core.database.Constraint;
import org.migplan.core.database.ForeignKey;
import org.migplan.core.database.Index;
import org.migplan.core.database.TableAudit;
import org.migplan.core.database.TableStatistics;

/** The text of {@code migplan audit}: what a reviewer reads before a rename. */
public final class AuditText {
  private AuditText() {}

  public static String render(TableAudit audit) {
    TableStatistics s = audit.statistics();
    StringBuilder out = new StringBuilder();
    out.append("Audit of ")
        .append(audit.model())
        .append(": table ")
        .append(audit.table())
        .append(" (")
        .append(audit.engine())
        .append(")\n\n");
    out.append("Rows: ").append(Numbers.count(s.rowCount()));
    s.estimatedRows()
        .ifPresent(e -> out.append(" (planner estimate ").append(Numbers.count(e)).append(")"));
    out.append("\n");
    out.append("Size: table ")
        .append(bytes(s.tableBytes()))
        .append(", indexes ")
        .append(bytes(s.indexBytes()))
        .append("\n");
    section(
        out,
        "Breakdowns",
        s.breakdowns().entrySet().stream()
            .map(e -> e.getKey() + ": " + values(e.getValue()))
            .toList());
    section(
        out,
        "Nulls",
        s.nullCounts().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(e -> e.getKey() + ": " + Numbers.count(e.getValue()))
            .toList());
    section(
        out,
        "Ranges",
        s.ranges().entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + ": "
                        + show(e.getValue().min())
                        + " .. "
                        + show(e.getValue().max()))
            .toList());
    section(out, "Columns", audit.schema().columns().stream().map(AuditText::column).toList());
    section(out, "Primary key", List.of(String.join(", ", audit.schema().primaryKey())));
    section(out, "Indexes", audit.schema().indexes().stream().map(AuditText::index).toList());
    section(
        out,
        "Constraints",
        audit.schema().constraints().stream().map(AuditText::constraint).toList());
    section(out, "Foreign keys from this table", keys(audit.schema().outgoing()));
    section(out, "Foreign keys to this table", keys(audit.schema().incoming()));
    return out.toString();
  }

  static void section(StringBuilder out, String title, List<String> lines) {
    out.append("\n").append(title).append("\n");
    if (lines.isEmpty() || lines.stream().allMatch(String::isEmpty)) {
      out.append("  (none)\n");
    }
    lines.stream().filter(l -> !l.isEmpty()).forEach(l -> out.append("  ").append(l).append("\n"));
  }

  private static String values(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + " " + Numbers.count(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String column(Column c) {
    return c.name()
        + "  "
        + c.type()
        + (c.nullable() ? "  NULL" : "  NOT NULL")
        + c.defaultExpression().map(d -> "  default " + d).orElse("")
        + (c.identity().isEmpty() ? "" : "  (" + c.identity() + ")");
  }

  private static String index(Index i) {
    String kind = i.primary() ? "primary" : i.unique() ? "unique" : "index";
    return i.name() + "  " + kind + " (" + String.join(", ", i.columns()) + ")";
  }

  private static String constraint(Constraint c) {
    return c.kind().label()
        + (c.name().isEmpty() ? "" : "  " + c.name())
        + (c.columns().isEmpty() ? "" : " (" + String.join(", ", c.columns()) + ")")
        + (c.definition().isEmpty() ? "" : "  " + c.definition());
  }

  private static List<String> keys(List<ForeignKey> keys) {
    return keys.stream()
        .sorted(java.util.Comparator.comparing(ForeignKey::table).thenComparing(ForeignKey::column))
        .map(
            k ->
                k.table()
                    + "("
                    + String.join(", ", k.columns())
                    + ") -> "
                    + k.referencedTable()
                    + "("
                    + String.join(", ", k.referencedColumns())
                    + ")  ON DELETE "
                    + k.onDelete()
                    + ", "
                    + k.deferrable()
                    + (k.name().isEmpty() ? "" : "  [" + k.name() + "]"))
        .toList();
  }

  private static String bytes(OptionalLong value) {
    return value.isPresent() ? Numbers.bytes(value.getAsLong()) : "unknown";
  }

  private static String show(String value) {
    return value.isEmpty() ? "(none)" : value;
  }
}
