package org.migplan.db.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.migplan.core.backup.BackupFormat;
import org.migplan.core.backup.BackupManifest;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Dialects;
import org.migplan.db.checksum.TableChecksums;

/**
 * Takes a backup and describes it in a manifest whose counts and checksums are those of the very
 * data in the backup: on PostgreSQL pg_dump runs on a snapshot exported from the transaction that
 * computes them; on SQLite they are computed on the finished online backup.
 */
public final class BackupTaker {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final DatabaseUrl live;

  public BackupTaker(DatabaseUrl live) {
    this.live = live;
  }

  /** A backup just taken: its file and its manifest. */
  public record Taken(Path file, BackupManifest manifest) {}

  private record Dumped(List<TableSnapshot> tables, String checksumMethod) {}

  public Taken take(Path directory, Instant now) throws IOException {
    Files.createDirectories(directory);
    String base = baseName() + "-" + STAMP.format(now);
    String file = base + (live.isPostgres() ? ".dump" : ".sqlite3");
    Path target = directory.resolve(file);
    Path partial = directory.resolve("." + file + ".partial");
    try {
      Dumped dumped = live.isPostgres() ? dumpPostgres(partial) : dumpSqlite(partial);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      BackupTool tool = BackupTool.forUrl(live);
      BackupFormat format = live.isPostgres() ? BackupFormat.POSTGRES_CUSTOM : BackupFormat.SQLITE;
      BackupManifest manifest =
          new BackupManifest(
              file,
              Sha256.of(target),
              format,
              live.engine(),
              now.truncatedTo(ChronoUnit.SECONDS).toString(),
              dumped.tables(),
              dumped.checksumMethod(),
              migrations(),
              tool.versions(live));
      return new Taken(target, manifest);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private Dumped dumpPostgres(Path partial) {
    return Dialects.forUrl(live)
        .openReadOnly(live, Duration.ofHours(6))
        .inTransaction(
            TransactionIsolationLevel.REPEATABLE_READ,
            handle -> {
              String snapshot =
                  handle.createQuery("SELECT pg_export_snapshot()").mapTo(String.class).one();
              CompletableFuture<Void> dump =
                  CompletableFuture.runAsync(() -> pgDump(partial, snapshot));
              var checksums = new org.migplan.db.checksum.PostgresTableChecksums();
              List<TableSnapshot> tables = checksums.snapshotInTransaction(handle);
              dump.join();
              return new Dumped(tables, checksums.method(handle));
            });
  }

  private void pgDump(Path partial, String snapshot) {
    try {
      new ToolRunner(live)
          .run(
              List.of("pg_dump", "--format=custom", "--snapshot=" + snapshot, "--file=" + partial),
              live.database(),
              null,
              null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Dumped dumpSqlite(Path partial) {
    SqliteBackupTool.onlineBackup(live, partial);
    DatabaseUrl copy = DatabaseUrl.sqliteFile(partial);
    TableChecksums checksums = TableChecksums.forUrl(copy);
    return Dialects.forUrl(copy)
        .openReadOnly(copy, Duration.ofHours(6))
        .withHandle(h -> new Dumped(checksums.snapshot(h), checksums.method(h)));
  }

  /** The latest applied migration per app, empty when the database has no django_migrations. */
  private Map<String, String> migrations() {
    Map<String, String> latest = new TreeMap<>();
    Dialects.forUrl(live)
        .openReadOnly(live, Duration.ofMinutes(5))
        .useHandle(
            handle -> {
              if (!TableChecksums.forUrl(live).tables(handle).contains("django_migrations")) {
                return;
              }
              handle
                  .createQuery("SELECT app, name FROM django_migrations ORDER BY app, applied, id")
                  .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                  .forEach(entry -> latest.put(entry.getKey(), entry.getValue()));
            });
    return latest;
  }

  private String baseName() {
    String name =
        live.isPostgres()
            ? live.database()
            : live.sqlitePath().getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return name.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
