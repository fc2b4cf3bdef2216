package org.migplan.core.database;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table's structure from the catalog: columns in table order, primary key, indexes, constraints,
 * and the foreign keys leaving it ({@code outgoing}) and pointing at it ({@code incoming}).
 */
public record TableSchema(
    TableName table,
    List<Column> columns,
    List<String> primaryKey,
    List<Index> indexes,
    List<Constraint> constraints,
    List<ForeignKey> outgoing,
    List<ForeignKey> incoming) {
  public TableSchema {
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    indexes = List.copyOf(indexes);
    constraints = List.copyOf(constraints);
    outgoing = List.copyOf(outgoing);
    incoming = List.copyOf(incoming);
  }

  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Whether a unique index or constraint (or the primary key) covers exactly these columns. */
  public boolean isUnique(Set<String> columnSet) {
    if (!primaryKey.isEmpty() && new HashSet<>(primaryKey).equals(columnSet)) {
      return true;
    }
    boolean byIndex =
        indexes.stream().anyMatch(i -> i.unique() && new HashSet<>(i.columns()).equals(columnSet));
    boolean byConstraint =
        constraints.stream()
            .anyMatch(
                c ->
                    c.kind() == ConstraintKind.UNIQUE
                        && new HashSet<>(c.columns()).equals(columnSet));
    return byIndex || byConstraint;
  }

  /** Whether a column is the first column of some outgoing foreign key. */
  public boolean isForeignKeyColumn(String column) {
    return outgoing.stream().anyMatch(fk -> fk.columns().contains(column));
  }
}
