package org.migplan.db.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migplan.core.backup.BackupFormat;
import org.migplan.db.DatabaseUrl;

/**
 * Taking and restoring backups with one engine's own means. One implementation per engine: {@link
 * PostgresBackupTool}, {@link SqliteBackupTool}.
 */
public interface BackupTool {

  /** Whether this engine restores backups of {@code format}. */
  boolean restores(BackupFormat format);

  /**
   * The bytes of the live database's table data (to judge whether a backup's size is plausible),
   * read in {@code session}, a session on it.
   */
  long liveSize(DatabaseUrl live, org.jdbi.v3.core.Handle session);

  /**
   * The tables whose data the backup's table of contents lists, reading the archive to its end;
   * empty when the format has no table of contents.
   *
   * @throws ToolFailedException when the archive cannot be read
   */
  Optional<Set<String>> tablesWithData(BackupFormat format, Path backup) throws IOException;

  /**
   * The live tables whose rows a backup's table of contents lists, named as {@link #tablesWithData}
   * names them, read in {@code session}: where a table's rows are stored in other tables (a
   * partitioned table's in its partitions), those.
   */
  default List<String> tablesHoldingRows(org.jdbi.v3.core.Handle session) {
    return List.of();
  }

  /** Creates an empty scratch database named after {@code id} beside the live database. */
  ScratchDatabase createScratch(DatabaseUrl live, String id, String purpose, boolean keep)
      throws IOException;

  /**
   * Restores {@code backup} into {@code scratch}.
   *
   * @throws ToolFailedException (or another MigplanException) when the restore fails
   */
  void restore(BackupFormat format, Path backup, ScratchDatabase scratch) throws IOException;

  /**
   * Restores {@code backup} into {@code scratch}, telling {@code progress} as tables get their
   * final rows: where the engine restores indexes and constraints afterwards, that is before them,
   * so the caller can read the data while they are built.
   */
  default void restore(
      BackupFormat format, Path backup, ScratchDatabase scratch, RestoreProgress progress)
      throws IOException {
    restore(format, backup, scratch);
    progress.dataRestored();
  }

  /** What a restore reports while it runs. */
  interface RestoreProgress {
    /**
     * {@code table} (as {@link org.migplan.db.checksum.TableChecksums#tables} names it) holds its
     * final rows, though rows of tables it inherits from or contains may still be coming. Optional:
     * a restore may announce no table before {@link #dataRestored}.
     */
    default void tableRestored(String table) {}

    /** Every table holds its final rows; called once, before the restore returns. */
    void dataRestored();
  }

  /** Takes a backup of {@code live} into {@code file} and returns its format. */
  BackupFormat dump(DatabaseUrl live, Path file) throws IOException;

  /**
   * The tools used and their versions, e.g. {@code pg_dump} → {@code pg_dump (PostgreSQL) 15.4}.
   */
  Map<String, String> versions(DatabaseUrl live) throws IOException;

  static BackupTool forUrl(DatabaseUrl url) {
    return url.isPostgres() ? new PostgresBackupTool(url) : new SqliteBackupTool();
  }
}
