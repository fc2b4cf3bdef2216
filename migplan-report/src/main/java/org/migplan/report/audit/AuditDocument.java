package org.migplan.report.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.migplan.core.database.Column;
import org.migplan.core.database.Constraint;
import org.migplan.core.database.ForeignKey;
import org.migplan.core.database.Index;
import org.migplan.core.database.TableAudit;
import org.migplan.core.database.TableStatistics;
import org.migplan.report.json.JsonDocuments;

/** The JSON of {@code migplan audit}: keys in a fixed order, collections sorted. */
public final class AuditDocument {
  private AuditDocument() {}

  public static String json(TableAudit audit) {
    return JsonDocuments.write(document(audit));
  }

  public static Map<String, Object> document(TableAudit audit) {
    TableStatistics statistics = audit.statistics();
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("model", audit.model().toString());
    document.put("engine", audit.engine());
    document.put("table", audit.table().name());
    document.put("schema", audit.table().schema());
    document.put("row_count", statistics.rowCount());
    document.put("estimated_rows", orNull(statistics.estimatedRows()));
    document.put("table_bytes", orNull(statistics.tableBytes()));
    document.put("index_bytes", orNull(statistics.indexBytes()));
    document.put("breakdowns", statistics.breakdowns());
    document.put("null_counts", statistics.nullCounts());
    Map<String, Object> ranges = new LinkedHashMap<>();
    statistics
        .ranges()
        .forEach(
            (column, range) -> ranges.put(column, ordered("min", range.min(), "max", range.max())));
    document.put("ranges", ranges);
    document.put("columns", audit.schema().columns().stream().map(AuditDocument::column).toList());
    document.put("primary_key", audit.schema().primaryKey());
    document.put("indexes", audit.schema().indexes().stream().map(AuditDocument::index).toList());
    document.put(
        "constraints",
        audit.schema().constraints().stream().map(AuditDocument::constraint).toList());
    document.put("foreign_keys_out", foreignKeys(audit.schema().outgoing()));
    document.put("foreign_keys_in", foreignKeys(audit.schema().incoming()));
    return document;
  }

  static Object orNull(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  private static Map<String, Object> column(Column column) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", column.name());
    map.put("type", column.type());
    map.put("nullable", column.nullable());
    map.put("default", column.defaultExpression().orElse(null));
    map.put("identity", column.identity());
    return map;
  }

  private static Map<String, Object> index(Index index) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", index.name());
    map.put("columns", index.columns());
    map.put("unique", index.unique());
    map.put("primary", index.primary());
    map.put("definition", index.definition());
    return map;
  }

  private static Map<String, Object> constraint(Constraint constraint) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", constraint.name());
    map.put("kind", constraint.kind().label());
    map.put("columns", constraint.columns());
    map.put("definition", constraint.definition());
    return map;
  }

  static List<Map<String, Object>> foreignKeys(List<ForeignKey> keys) {
    return keys.stream()
        .sorted(
            java.util.Comparator.comparing(ForeignKey::table)
                .thenComparing(ForeignKey::column)
                .thenComparing(ForeignKey::name))
        .map(
            key -> {
              Map<String, Object> map = new LinkedHashMap<>();
              map.put("name", key.name());
              map.put("table", key.table().name());
              map.put("columns", key.columns());
              map.put("referenced_table", key.referencedTable().name());
              map.put("referenced_columns", key.referencedColumns());
              map.put("on_delete", key.onDelete());
              map.put("deferrable", key.deferrable());
              return map;
            })
        .toList();
  }

  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
