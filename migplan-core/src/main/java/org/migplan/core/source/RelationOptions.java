package org.migplan.core.source;

import java.util.Optional;

/**
 * The options of a relational field as written in the source (expressions as text, string literals
 * without their quotes). Empty when not given.
 */
public record RelationOptions(
    Optional<String> onDelete,
    Optional<String> nullable,
    Optional<String> relatedName,
    Optional<String> relatedQueryName,
    Optional<String> through,
    Optional<String> dbColumn,
    Optional<String> dbConstraint,
    Optional<String> toField,
    Optional<String> dbTable,
    Optional<String> symmetrical) {
  public static final RelationOptions NONE =
      new RelationOptions(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  /** These options with {@code on_delete} set to {@code onDelete} (as written, e.g. CASCADE). */
  public RelationOptions withOnDelete(String onDelete) {
    return new RelationOptions(
        Optional.of(onDelete),
        nullable,
        relatedName,
        relatedQueryName,
        through,
        dbColumn,
        dbConstraint,
        toField,
        dbTable,
        symmetrical);
  }

  /**
   * Whether a many-to-many from a model to itself is symmetrical: Django's default unless {@code
   * symmetrical=False} is given.
   */
  public boolean symmetricalWhenSelf() {
    return !symmetrical.map("False"::equals).orElse(false);
  }

  /** Whether {@code db_constraint=False} was given. */
  public boolean withoutConstraint() {
    return dbConstraint.map("False"::equals).orElse(false);
  }
}
