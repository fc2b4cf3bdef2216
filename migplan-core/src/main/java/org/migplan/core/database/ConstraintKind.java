package org.migplan.core.database;

import java.util.Locale;

/** The kinds of table constraint an audit lists (foreign keys are listed apart). */
public enum ConstraintKind {
  PRIMARY_KEY,
  UNIQUE,
  CHECK;

  /** The name used in reports: {@code primary_key}, {@code unique}, {@code check}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
