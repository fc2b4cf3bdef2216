package org.migplan.core.source;

import java.util.Locale;

/** Where a relation field was found. */
public enum RelationOrigin {
  /** A model declaration in the project's sources. */
  SOURCE,
  /**
   * Only the migration state (the replayed migration files): fields that third-party code adds at
   * run time, models it generates, or relation classes the source scan does not know.
   */
  MIGRATIONS;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
