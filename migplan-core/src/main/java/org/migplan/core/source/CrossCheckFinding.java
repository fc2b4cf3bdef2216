package org.migplan.core.source;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A disagreement between the sources and the database about a relation to the model.
 *
 * @param kind what disagrees
 * @param cause why, as far as the sources tell
 * @param table the referencing table
 * @param column the referencing column
 * @param declaration where the source declares the relation ({@code path:line}), empty for {@link
 *     Kind#UNDECLARED_FOREIGN_KEY}
 * @param detail one sentence on what it means and the likely cause
 * @param rows the referencing table's rows, when counted
 * @param rowsWithValue how many of them hold a value in the column, when counted
 */
public record CrossCheckFinding(
    Kind kind,
    Cause cause,
    String table,
    String column,
    String declaration,
    String detail,
    OptionalLong rows,
    OptionalLong rowsWithValue) {
  public static final Comparator<CrossCheckFinding> ORDER =
      Comparator.comparing(CrossCheckFinding::table)
          .thenComparing(CrossCheckFinding::column)
          .thenComparing(CrossCheckFinding::kind);

  /** The two ways source and database can disagree. */
  public enum Kind {
    /** The database has a foreign key to the model's table that no declaration explains. */
    UNDECLARED_FOREIGN_KEY,
    /** The sources declare a relation the database has no foreign key for. */
    MISSING_FOREIGN_KEY;

    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Why the two sides disagree, as far as the sources tell. */
  public enum Cause {
    /** No declaration at all: the database's foreign key is unexplained. */
    NOT_DECLARED,
    /** The relation is declared with {@code db_constraint=False}: no key by design. */
    DB_CONSTRAINT_FALSE,
    /** The declaring model is unmanaged ({@code managed=False}): migrations never made the key. */
    UNMANAGED_MODEL,
    /** Nothing in the sources explains it: a migration not applied, a table changed by hand. */
    UNEXPLAINED
  }

  public CrossCheckFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cause, "cause");
    if ((kind == Kind.UNDECLARED_FOREIGN_KEY) != (cause == Cause.NOT_DECLARED)) {
      throw new IllegalArgumentException(kind + " cannot have the cause " + cause);
    }
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    declaration = declaration == null ? "" : declaration;
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(rowsWithValue, "rowsWithValue");
  }

  /** A finding whose rows are not counted. */
  public CrossCheckFinding(
      Kind kind, Cause cause, String table, String column, String declaration, String detail) {
    this(
        kind,
        cause,
        table,
        column,
        declaration,
        detail,
        OptionalLong.empty(),
        OptionalLong.empty());
  }
}
