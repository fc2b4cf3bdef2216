package org.migplan.db;

/** Quoting of SQL identifiers, shared by every dialect. */
public final class Identifiers {
  private Identifiers() {}

  /**
   * Wraps {@code identifier} in {@code quote} and doubles every {@code quote} inside it, so any
   * name (mixed case, reserved words, spaces, dots, quotes) stays one identifier.
   */
  public static String quote(String identifier, char quote) {
    if (identifier == null || identifier.isEmpty()) {
      throw new IllegalArgumentException("an identifier cannot be empty");
    }
    if (identifier.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("an identifier cannot contain a NUL character");
    }
    String q = String.valueOf(quote);
    return q + identifier.replace(q, q + q) + q;
  }
}
