package org.migplan.core.backup;

import java.util.Objects;

/**
 * One table compared between the live database and a restored backup (or a staging copy).
 *
 * @param table the table name
 * @param liveRows rows in the live database, {@code null} when the table is not there
 * @param backupRows rows in the backup, {@code null} when the table is not there
 * @param checksumMatch whether both sides have the table with the same content checksum
 * @param critical whether a difference blocks (the model's table and the tables referencing it)
 */
public record TableComparison(
    String table, Long liveRows, Long backupRows, boolean checksumMatch, boolean critical) {
  public TableComparison {
    Objects.requireNonNull(table, "table");
  }

  /** Both sides have the table with the same rows and the same checksum. */
  public boolean matches() {
    return liveRows != null && liveRows.equals(backupRows) && checksumMatch;
  }
}
