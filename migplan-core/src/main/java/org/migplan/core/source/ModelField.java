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
 * @param file the file declaring it (an abstract base's, for an inherited field), relative to the
 *     project root
 * @param line the line of its declaration
 * @param conditional whether it is declared in an {@code if}/{@code try}/{@code with} block of the
 *     class body, so that the model may not have it at run time
 */
public record ModelField(
    ModelLabel model,
    String field,
    String fieldClass,
    Optional<String> dbColumn,
    OptionalInt decimalPlaces,
    boolean primaryKey,
    String file,
    int line,
    boolean conditional) {
  public ModelField {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(fieldClass, "fieldClass");
    Objects.requireNonNull(dbColumn, "dbColumn");
    Objects.requireNonNull(decimalPlaces, "decimalPlaces");
    Objects.requireNonNull(file, "file");
  }

  /** The column Django gives the field: {@code db_column}, else the field's name. */
  public String column() {
    return dbColumn.orElse(field);
  }
}
