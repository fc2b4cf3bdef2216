package org.migplan.core.backup;

import java.util.Objects;

/**
 * One table's content as a database computed it: the row count and an order-independent checksum
 * over every row. Checksums are comparable only between two databases of the same engine.
 *
 * @param table the table name (schema-qualified when not in the default schema)
 * @param rows the exact row count
 * @param checksum the content checksum, hex
 */
public record TableSnapshot(String table, long rows, String checksum) {
  public TableSnapshot {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(checksum, "checksum");
    if (rows < 0) {
      throw new IllegalArgumentException("a row count cannot be negative: " + rows);
    }
  }
}
