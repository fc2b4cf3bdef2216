package org.migplan.core.source;

import java.util.Locale;

/** The kind of a relational field. */
public enum RelationKind {
  FOREIGN_KEY,
  ONE_TO_ONE,
  MANY_TO_MANY,
  FOREIGN_OBJECT,
  /** The implicit {@code {parent}_ptr} one-to-one of multi-table inheritance. */
  PARENT_LINK,
  GENERIC_RELATION,
  GENERIC_FOREIGN_KEY;

  /** The kind as written in JSON output, e.g. {@code foreign_key}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the target gets a one-to-one style accessor (the model name without {@code _set}). */
  public boolean isOneToOne() {
    return this == ONE_TO_ONE || this == PARENT_LINK;
  }
}
