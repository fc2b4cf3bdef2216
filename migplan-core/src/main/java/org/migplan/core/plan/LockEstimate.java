package org.migplan.core.plan;

import java.util.List;

/**
 * How long the migration holds its locks, estimated from table sizes.
 *
 * @param seconds the estimated time from the first lock to COMMIT
 * @param exclusiveTables the tables nobody can read or write meanwhile, sorted
 * @param scannedRows rows read by validating scans or copies
 * @param scannedBytes bytes read by those scans (when sizes are known)
 * @param basis how it was computed: the assumed throughput and what was unknown
 */
public record LockEstimate(
    double seconds,
    List<String> exclusiveTables,
    long scannedRows,
    long scannedBytes,
    String basis) {
  public LockEstimate {
    exclusiveTables = exclusiveTables.stream().distinct().sorted().toList();
  }
}
