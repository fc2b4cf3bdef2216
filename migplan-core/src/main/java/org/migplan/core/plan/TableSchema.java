package org.migplan.core.plan;

import java.util.List;
import java.util.Objects;

/**
 * A table's definition from the catalog.
 *
 * @param table the table name
 * @param columns in table order
 * @param constraints each as the catalog defines it, e.g. {@code name: FOREIGN KEY (a) REFERENCES
 *     t(id)}, sorted
 * @param indexes each as the catalog defines it, sorted
 */
public record TableSchema(
    String table, List<ColumnFacts> columns, List<String> constraints, List<String> indexes) {
  public TableSchema {
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
    constraints = constraints.stream().sorted().toList();
    indexes = indexes.stream().sorted().toList();
  }
}
