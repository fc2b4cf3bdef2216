package org.migplan.core.django;

import java.util.Objects;
import java.util.OptionalLong;
import org.migplan.core.model.ModelLabel;

/**
 * A relation that involves the renamed model: declared on another model and pointing at it, on the
 * model pointing at itself, or a many-to-many the model owns.
 *
 * @param declaringModel the label of the model that declares the field, {@code app.ObjectName}
 * @param field the field name
 * @param kind how it is declared
 * @param relatedName the {@code related_name} as written, {@code ""} when none
 * @param table the referencing table (the declaring table, or the through table of a many-to-many)
 * @param column the column pointing at the renamed model ({@code ""} for a generic relation)
 * @param targetColumn the column it references on the renamed table
 * @param autoCreatedThrough a many-to-many without {@code through=}
 * @param symmetrical a symmetrical self many-to-many
 * @param rows the referencing rows (non-null for a foreign key, rows for a through table), when
 *     counted in the database
 * @param constraintName the foreign key constraint's name in the database, {@code ""} if unknown
 * @param location {@code file:line} of the declaration in the sources, {@code ""} if found only in
 *     the database
 */
public record Relation(
    String declaringModel,
    String field,
    RelationKind kind,
    String relatedName,
    String table,
    String column,
    String targetColumn,
    boolean autoCreatedThrough,
    boolean symmetrical,
    OptionalLong rows,
    String constraintName,
    String location) {

  public Relation {
    Objects.requireNonNull(declaringModel, "declaringModel");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(kind, "kind");
    relatedName = relatedName == null ? "" : relatedName;
    Objects.requireNonNull(table, "table");
    column = column == null ? "" : column;
    targetColumn = targetColumn == null ? "id" : targetColumn;
    Objects.requireNonNull(rows, "rows");
    constraintName = constraintName == null ? "" : constraintName;
    location = location == null ? "" : location;
  }

  /** Whether the reverse relation is hidden ({@code related_name} ending in {@code +}). */
  public boolean hidden() {
    return relatedName.endsWith("+");
  }

  /** Whether RenameModel leaves this relation alone (hidden, not a many-to-many). §3.2. */
  public boolean leftAloneByRenameModel() {
    return hidden() && kind != RelationKind.MANY_TO_MANY;
  }

  /** Whether {@code model} declares it (labels compare case-insensitively, as Django's do). */
  public boolean declaredBy(ModelLabel model) {
    return declaringModel.equalsIgnoreCase(model.toString());
  }

  /** Whether it has a column holding the renamed model's key (not a generic relation). */
  public boolean hasColumn() {
    return kind != RelationKind.GENERIC_RELATION && !column.isEmpty();
  }

  /** The same relation with its rows counted. */
  public Relation withRows(long count) {
    return new Relation(
        declaringModel,
        field,
        kind,
        relatedName,
        table,
        column,
        targetColumn,
        autoCreatedThrough,
        symmetrical,
        OptionalLong.of(count),
        constraintName,
        location);
  }

  /** A stable sort key: table, column, declaring model, field. */
  public String sortKey() {
    return table + "\u0000" + column + "\u0000" + declaringModel + "\u0000" + field;
  }
}
