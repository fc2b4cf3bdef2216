package org.migplan.db.stage;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.migplan.core.backup.SnapshotComparison;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.core.stage.StagingCopy;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Dialects;
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
    List<TableSnapshot> copy =
        Dialects.forUrl(target)
            .openReadWrite(target)
            .withHandle(TableChecksums.forUrl(target)::snapshot);
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
