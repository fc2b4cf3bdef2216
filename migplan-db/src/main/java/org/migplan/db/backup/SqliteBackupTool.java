package org.migplan.db.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.backup.BackupFormat;
import org.migplan.db.Connections;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.sqlite.SqliteDialect;
import org.sqlite.SQLiteConnection;

/** SQLite backups: the online backup API, and a copy of the file as the scratch database. */
public final class SqliteBackupTool implements BackupTool {

  @Override
  public boolean restores(BackupFormat format) {
    return format == BackupFormat.SQLITE;
  }

  @Override
  public long liveSize(DatabaseUrl live, org.jdbi.v3.core.Handle session) {
    try {
      return Files.size(live.sqlitePath());
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public Optional<Set<String>> tablesWithData(BackupFormat format, Path backup) {
    return Optional.empty();
  }

  @Override
  public ScratchDatabase createScratch(DatabaseUrl live, String id, String purpose, boolean keep)
      throws IOException {
    Path directory = Files.createTempDirectory("migplan_verify_" + id + "_");
    return new SqliteScratchDatabase(directory.resolve("migplan_verify_" + id + ".sqlite3"), keep);
  }

  /** Copies the file into the scratch database and checks SQLite's own integrity check. */
  @Override
  public void restore(BackupFormat format, Path backup, ScratchDatabase scratch)
      throws IOException {
    Path target = scratch.url().sqlitePath();
    Files.copy(backup, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    List<String> result;
    try (Handle handle = new SqliteDialect().openReadWrite(scratch.url()).open()) {
      result = handle.createQuery("PRAGMA integrity_check").mapTo(String.class).list();
    } catch (RuntimeException e) {
      throw new MigplanException(
          ErrorCode.BACKUP_NOT_VERIFIED,
          "SQLite cannot open the backup: " + Connections.firstLineOfCause(e));
    }
    if (!result.equals(List.of("ok"))) {
      throw new MigplanException(
          ErrorCode.BACKUP_NOT_VERIFIED,
          "SQLite's integrity check fails on the backup: "
              + (result.isEmpty() ? "" : result.get(0)));
    }
  }

  /** The online backup: a consistent copy while the database stays in use. */
  @Override
  public BackupFormat dump(DatabaseUrl live, Path file) {
    onlineBackup(live, file);
    return BackupFormat.SQLITE;
  }

  /** Copies {@code live} to {@code file} with SQLite's online backup API. */
  public static void onlineBackup(DatabaseUrl live, Path file) {
    try (Handle handle =
        new SqliteDialect().openReadOnly(live, java.time.Duration.ofMinutes(10)).open()) {
      SQLiteConnection connection = handle.getConnection().unwrap(SQLiteConnection.class);
      int status = connection.getDatabase().backup("main", file.toString(), null);
      if (status != 0) {
        throw new MigplanException(
            ErrorCode.DATABASE_ERROR,
            "SQLite online backup of " + live.sqlitePath() + " failed with status " + status);
      }
    } catch (SQLException e) {
      throw new MigplanException(
          ErrorCode.DATABASE_ERROR,
          "SQLite online backup of " + live.sqlitePath() + " failed: " + e.getMessage(),
          e);
    }
  }

  @Override
  public Map<String, String> versions(DatabaseUrl live) {
    Map<String, String> versions = new TreeMap<>();
    versions.put(
        "sqlite",
        new SqliteDialect()
            .openReadOnly(live, java.time.Duration.ofMinutes(1))
            .withHandle(h -> h.createQuery("SELECT sqlite_version()").mapTo(String.class).one()));
    return versions;
  }
}
