package org.migplan.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migplan.core.django.DdlStatement;
import org.migplan.core.django.LockLevel;

/**
 * Estimates how long the rename migration holds its locks. On PostgreSQL the migration is one
 * transaction, so every lock is held until COMMIT: the estimate is the sum of the scans. The
 * throughput figures are deliberately conservative order-of-magnitude assumptions, stated in the
 * result.
 */
public final class LockEstimator {
  /** Sequential read throughput assumed for a validating scan or a table copy. */
  static final double BYTES_PER_SECOND = 100.0 * 1024 * 1024;

  /** Rows per second assumed for foreign key validation probes (anti-join) or row copies. */
  static final double ROWS_PER_SECOND = 500_000.0;

  /** Bytes assumed per row when the engine reports no size. */
  static final long BYTES_PER_ROW_GUESS = 200;

  private LockEstimator() {}

  /**
   * @param formerNames a table's name before the rename, by its name after (the facts were read
   *     before)
   */
  public static LockEstimate estimate(
      List<DdlStatement> ddl,
      Optional<DatabaseFacts> database,
      java.util.Map<String, String> formerNames) {
    double seconds = 0;
    long rows = 0;
    long bytes = 0;
    List<String> unknown = new ArrayList<>();
    List<String> exclusive = new ArrayList<>();
    for (DdlStatement statement : ddl) {
      if (statement.lock() == LockLevel.ACCESS_EXCLUSIVE
          || statement.lock() == LockLevel.SQLITE_DATABASE_WRITE) {
        for (String locked : statement.lockedTables()) {
          exclusive.add(
              formerNames.entrySet().stream()
                  .filter(e -> e.getValue().equals(locked))
                  .map(java.util.Map.Entry::getKey)
                  .findFirst()
                  .orElse(locked));
        }
      }
      if (!statement.scans()) {
        continue;
      }
      String table = formerNames.getOrDefault(statement.scannedTable(), statement.scannedTable());
      Optional<TableFacts> facts = database.flatMap(d -> d.table(table));
      if (facts.isEmpty()) {
        unknown.add(statement.scannedTable());
        continue;
      }
      long tableRows = facts.get().rows();
      long tableBytes = facts.get().bytes().orElse(tableRows * BYTES_PER_ROW_GUESS);
      rows += tableRows;
      bytes += tableBytes;
      seconds += tableBytes / BYTES_PER_SECOND + tableRows / ROWS_PER_SECOND;
    }
    String basis =
        String.format(
            Locale.ROOT,
            "sum of the scans at an assumed %.0f MiB/s and %,d rows/s (every lock is held until"
                + " COMMIT)",
            BYTES_PER_SECOND / 1024 / 1024,
            (long) ROWS_PER_SECOND);
    if (!unknown.isEmpty()) {
      basis +=
          "; not counted (no size known): "
              + String.join(", ", unknown.stream().distinct().sorted().toList());
    }
    return new LockEstimate(seconds, exclusive, rows, bytes, basis);
  }
}
