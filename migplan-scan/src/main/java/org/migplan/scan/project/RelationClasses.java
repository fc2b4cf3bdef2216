package org.migplan.scan.project;

import java.util.Optional;
import org.migplan.core.source.RelationKind;

/** Which field classes are relations, by the last part of the class name. */
public final class RelationClasses {
  /**
   * No shorter name is a relation class: {@code ForeignKey} is the shortest name {@link #kindOf}
   * accepts (a cheap test before it).
   */
  public static final int SHORTEST_NAME = "ForeignKey".length();

  private RelationClasses() {}

  public static Optional<RelationKind> kindOf(String simpleName) {
    if (simpleName.equals("GenericForeignKey")) {
      return Optional.of(RelationKind.GENERIC_FOREIGN_KEY);
    }
    if (simpleName.equals("GenericRelation")) {
      return Optional.of(RelationKind.GENERIC_RELATION);
    }
    if (simpleName.endsWith("ForeignKey") || simpleName.equals("ParentalKey")) {
      return Optional.of(RelationKind.FOREIGN_KEY);
    }
    if (simpleName.endsWith("OneToOneField")) {
      return Optional.of(RelationKind.ONE_TO_ONE);
    }
    if (simpleName.endsWith("ManyToManyField")) {
      return Optional.of(RelationKind.MANY_TO_MANY);
    }
    if (simpleName.equals("ForeignObject")) {
      return Optional.of(RelationKind.FOREIGN_OBJECT);
    }
    return Optional.empty();
  }
}
