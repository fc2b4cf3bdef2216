package org.migplan.core.database;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key constraint as the catalog has it.
 *
 * @param name the constraint's name; empty when the engine keeps none (SQLite)
 * @param table the referencing table
 * @param columns the referencing columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns
 * @param onDelete the action, e.g. {@code NO ACTION}, {@code CASCADE}, {@code SET NULL}
 * @param deferrable {@code NOT DEFERRABLE}, {@code DEFERRABLE INITIALLY IMMEDIATE} or {@code
 *     DEFERRABLE INITIALLY DEFERRED}
 */
public record ForeignKey(
    String name,
    TableName table,
    List<String> columns,
    TableName referencedTable,
    List<String> referencedColumns,
    String onDelete,
    String deferrable) {
  public ForeignKey {
    name = Objects.requireNonNullElse(name, "");
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
    Objects.requireNonNull(referencedTable, "referencedTable");
    referencedColumns = List.copyOf(referencedColumns);
    onDelete = Objects.requireNonNullElse(onDelete, "NO ACTION");
    deferrable = Objects.requireNonNullElse(deferrable, "NOT DEFERRABLE");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a foreign key needs at least one column");
    }
  }

  /** The referencing column (the first one of a composite key). */
  public String column() {
    return columns.get(0);
  }
}
