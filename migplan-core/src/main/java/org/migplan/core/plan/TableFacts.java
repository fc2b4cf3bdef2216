package org.migplan.core.plan;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Size facts of one table, read from the database.
 *
 * @param table the table name
 * @param rows the row count
 * @param bytes the table's size on disk including indexes, when the engine reports it
 * @param exact whether {@code rows} is an exact count (not a statistics estimate)
 */
public record TableFacts(String table, long rows, OptionalLong bytes, boolean exact) {
  public TableFacts {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(bytes, "bytes");
  }
}
