package org.migplan.core.django;

/** How a relation to the renamed model is declared. */
public enum RelationKind {
  FOREIGN_KEY,
  ONE_TO_ONE,
  MANY_TO_MANY,
  /** The MTI child's {@code <parent>_ptr} one-to-one. */
  PARENT_LINK,
  /** A {@code GenericRelation}: no column, rows point at the content type id. */
  GENERIC_RELATION;

  /** Django's class name for the field, as a reader sees it in models.py. */
  public String fieldClass() {
    return switch (this) {
      case FOREIGN_KEY -> "ForeignKey";
      case ONE_TO_ONE -> "OneToOneField";
      case MANY_TO_MANY -> "ManyToManyField";
      case PARENT_LINK -> "OneToOneField (parent link)";
      case GENERIC_RELATION -> "GenericRelation";
    };
  }
}
