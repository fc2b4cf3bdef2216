package org.migplan.core.source;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.migplan.core.model.ModelLabel;

/**
 * A non-relational field of a concrete model as declared in the sources (its own, or inherited from
 * an abstract base; fields of a multi-table parent stay with the parent).
 *
 * @param model the concrete model owning the field
 * @param field the field's name
 * @param fieldClass the last part of the field class, e.g. {@code DecimalField}
 * @param dbColumn {@code db_column=} when given as a literal
 * @param decimalPlaces {@code decimal_places=} when given as an integer literal
 * @param primaryKey whether {@code primary_key=True} was given
 */
public record ModelField(
    ModelLabel model,
    String field,
    String fieldClass,
    Optional<String> dbColumn,
    OptionalInt decimalPlaces,
    boolean primaryKey) {
  public ModelField {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(fieldClass, "fieldClass");
    Objects.requireNonNull(dbColumn, "dbColumn");
    Objects.requireNonNull(decimalPlaces, "decimalPlaces");
  }

  /** The column Django gives the field: {@code db_column}, else the field's name. */
  public String column() {
    return dbColumn.orElse(field);
  }
}
