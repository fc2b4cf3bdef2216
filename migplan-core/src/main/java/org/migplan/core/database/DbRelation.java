package org.migplan.core.database;

import java.util.Objects;

/**
 * One reference to the model's table found in the database, with the rows involved.
 *
 * @param table the referencing table
 * @param column the referencing column (for a generic relation, its object id column)
 * @param kind how it references the model
 * @param constraint the foreign key's name; empty for a generic relation or an unnamed key
 * @param onDelete the foreign key's ON DELETE action as the catalog has it; empty for generic
 * @param deferrable the foreign key's deferrability as the catalog has it; empty for generic
 * @param nullable whether the referencing column accepts NULL
 * @param rows referencing rows (non-NULL references, or rows naming the model's content type)
 * @param distinctReferenced distinct rows of the model's table they reference
 * @param pairedColumn the other column that gives the reference its meaning: a join table's other
 *     foreign key, or a generic relation's content type column; empty otherwise
 * @param pairedTable the table a join table's other foreign key points at; empty otherwise
 */
public record DbRelation(
    TableName table,
    String column,
    RelationKind kind,
    String constraint,
    String onDelete,
    String deferrable,
    boolean nullable,
    long rows,
    long distinctReferenced,
    String pairedColumn,
    String pairedTable) {
  public DbRelation {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(kind, "kind");
    constraint = Objects.requireNonNullElse(constraint, "");
    onDelete = Objects.requireNonNullElse(onDelete, "");
    deferrable = Objects.requireNonNullElse(deferrable, "");
    pairedColumn = Objects.requireNonNullElse(pairedColumn, "");
    pairedTable = Objects.requireNonNullElse(pairedTable, "");
    if (rows < 0 || distinctReferenced < 0 || distinctReferenced > rows) {
      throw new IllegalArgumentException(
          "impossible counts for "
              + table
              + "."
              + column
              + ": "
              + rows
              + ", "
              + distinctReferenced);
    }
  }

  /** Sorted by table, then column, then kind. */
  public static final java.util.Comparator<DbRelation> ORDER =
      java.util.Comparator.comparing(DbRelation::table)
          .thenComparing(DbRelation::column)
          .thenComparing(DbRelation::kind);
}
