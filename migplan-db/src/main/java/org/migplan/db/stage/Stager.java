package org.migplan.db.stage;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.migplan.core.backup.SnapshotComparison;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.core.stage.StagingCopy;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.checksum.TableChecksums;

/**
 * Makes a staging copy of the source database and verifies it with the same per-table counts and
 * checksums as a backup verification. One implementation per engine.
 */
public interface Stager {

  /**
   * Copies {@code source} to {@code target}, refusing to overwrite a database migplan did not make
   * as a staging copy, and replacing one it did only when {@code replace}.
   */
  StagingCopy stage(DatabaseUrl source, DatabaseUrl target, boolean replace) throws IOException;

  static Stager forUrl(DatabaseUrl source) {
    return source.isPostgres() ? new PostgresStager() : new SqliteStager();
  }

  /** Compares the copy with the source snapshot taken when the copy was made. */
  static StagingCopy verify(
      DatabaseUrl source, List<TableSnapshot> sourceTables, DatabaseUrl target, String method) {
    return compare(source, sourceTables, copySnapshot(target), target, method);
  }

  /** Connections checksumming a fresh copy side by side (nobody writes to it yet). */
  int PARALLELISM = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  /** The fresh copy's checksums, tables side by side. */
  static List<TableSnapshot> copySnapshot(DatabaseUrl target) {
    return TableChecksums.forUrl(target).snapshotQuiescent(target, PARALLELISM);
  }

  /** Compares the copy's snapshot with the source's. */
  static StagingCopy compare(
      DatabaseUrl source,
      List<TableSnapshot> sourceTables,
      List<TableSnapshot> copy,
      DatabaseUrl target,
      String method) {
    SnapshotComparison comparison = SnapshotComparison.compare(sourceTables, copy, Set.of());
    return new StagingCopy(
        source.redacted(),
        target.redacted(),
        method,
        comparison.problems().isEmpty(),
        comparison.tables(),
        comparison.problems());
  }
}
