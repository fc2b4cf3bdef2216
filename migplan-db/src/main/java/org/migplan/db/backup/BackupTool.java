package org.migplan.db.backup;

import java.io.IOException;
import java.nio.file.Path;
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
   * The bytes of the live database's table data (to judge whether a backup's size is plausible).
   */
  long liveSize(DatabaseUrl live);

  /**
   * The tables whose data the backup's table of contents lists, reading the archive to its end;
   * empty when the format has no table of contents.
   *
   * @throws ToolFailedException when the archive cannot be read
   */
  Optional<Set<String>> tablesWithData(BackupFormat format, Path backup) throws IOException;

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
   * Restores {@code backup} into {@code scratch} and runs {@code dataRestored} as soon as every
   * table holds its final rows: where the engine restores indexes and constraints afterwards, that
   * is before them, so the caller can read the data while they are built.
   */
  default void restore(
      BackupFormat format, Path backup, ScratchDatabase scratch, Runnable dataRestored)
      throws IOException {
    restore(format, backup, scratch);
    dataRestored.run();
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
