package org.migplan.core.source;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * A disagreement between the sources and the database about a relation to the model.
 *
 * @param kind what disagrees
 * @param table the referencing table
 * @param column the referencing column
 * @param declaration where the source declares the relation ({@code path:line}), empty for {@link
 *     Kind#UNDECLARED_FOREIGN_KEY}
 * @param detail one sentence on what it means and the likely cause
 */
public record CrossCheckFinding(
    Kind kind, String table, String column, String declaration, String detail) {
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

  public CrossCheckFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    declaration = declaration == null ? "" : declaration;
    Objects.requireNonNull(detail, "detail");
  }
}
