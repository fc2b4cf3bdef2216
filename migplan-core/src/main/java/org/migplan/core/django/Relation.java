package org.migplan.core.django;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.naming.DjangoNames;

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
 * @param target the label of the model the field points at ({@code app.ObjectName}); {@code ""}
 *     when unknown, which for a relation another model declares means the renamed model
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
    String location,
    String target) {

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
    target = target == null ? "" : target;
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

  /**
   * Whether it points at {@code model}, the renamed model: a relation another model declares with
   * an unknown target counts, a many-to-many the model owns to another model does not.
   */
  public boolean pointsAt(ModelLabel model) {
    return target.isEmpty() ? !declaredBy(model) : target.equalsIgnoreCase(model.toString());
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
        location,
        target);
  }

  /**
   * Whether it is an auto-created many-to-many from {@code model} to itself, whose through table's
   * two columns ({@code from_}/{@code to_}) both point at the model. One whose declaring model is
   * unknown (found only in the database) counts when its column is one of those two.
   */
  public boolean isSelfManyToMany(ModelLabel model) {
    if (!autoCreatedManyToMany()) {
      return false;
    }
    if (otherModelUnknown(model)) {
      return DjangoNames.autoManyToManyColumns(model.objectName(), model.objectName())
          .contains(column);
    }
    return declaredBy(model) && target.equalsIgnoreCase(model.toString());
  }

  /**
   * For an auto-created many-to-many, the columns of its through table that renaming {@code model}
   * to {@code newObjectName} changes, old name to new ({@link
   * DjangoNames#autoManyToManyColumnRenames}); empty for any other relation. When the declaring
   * model is unknown (found only in the database), or the model declares it and its target is not
   * recorded, the other model is taken as named unlike the model: its column {@code
   * {model_name}_id}, or the {@code from_}/{@code to_} pair of a self relation, is renamed.
   */
  public Map<String, String> autoManyToManyColumnRenames(ModelLabel model, String newObjectName) {
    if (!autoCreatedManyToMany()) {
      return Map.of();
    }
    String name = model.objectName();
    if (isSelfManyToMany(model)) {
      return DjangoNames.autoManyToManyColumnRenames(name, name, newObjectName, newObjectName);
    }
    if (otherModelUnknown(model)) {
      // the other model is unknown: taken as named unlike the model, before and after
      String before = DjangoNames.modelName(name) + "_id";
      return column.equals(before)
          ? Map.of(before, DjangoNames.modelName(newObjectName) + "_id")
          : Map.of();
    }
    if (declaredBy(model)) {
      String other = objectName(target);
      return DjangoNames.autoManyToManyColumnRenames(name, other, newObjectName, other);
    }
    String owner = objectName(declaringModel);
    return DjangoNames.autoManyToManyColumnRenames(owner, name, owner, newObjectName);
  }

  private boolean autoCreatedManyToMany() {
    return kind == RelationKind.MANY_TO_MANY && autoCreatedThrough;
  }

  /**
   * Whether the model at the other end is unknown: the declaring model is (found only in the
   * database), or {@code model} declares it and its target is not recorded.
   */
  private boolean otherModelUnknown(ModelLabel model) {
    return declaringModel.isEmpty() || (declaredBy(model) && target.isEmpty());
  }

  private static String objectName(String label) {
    return label.substring(label.lastIndexOf('.') + 1);
  }

  /** A stable sort key: table, column, declaring model, field. */
  public String sortKey() {
    return table + "\u0000" + column + "\u0000" + declaringModel + "\u0000" + field;
  }
}
