package org.migplan.core.django;

import java.util.List;
import java.util.Objects;

/**
 * One statement {@code migrate} will run for the rename.
 *
 * @param sql the statement as Django issues it
 * @param lock the strongest lock it takes
 * @param lockedTables the tables it locks, sorted
 * @param scannedTable the table it reads in full, {@code ""} when it touches only the catalog
 * @param purpose why Django runs it, in a few words
 */
public record DdlStatement(
    String sql, LockLevel lock, List<String> lockedTables, String scannedTable, String purpose) {
  public DdlStatement {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(lock, "lock");
    lockedTables = lockedTables.stream().distinct().sorted().toList();
    scannedTable = scannedTable == null ? "" : scannedTable;
    Objects.requireNonNull(purpose, "purpose");
  }

  public boolean scans() {
    return !scannedTable.isEmpty();
  }
}
