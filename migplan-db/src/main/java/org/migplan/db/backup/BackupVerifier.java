package org.migplan.db.backup;

import static org.migplan.db.Futures.join;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.backup.BackupFormat;
import org.migplan.core.backup.BackupManifest;
import org.migplan.core.backup.BackupVerification;
import org.migplan.core.backup.SnapshotComparison;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Dialects;
import org.migplan.db.checksum.TableChecksums;

/**
 * Proves a backup: recognises it, checks its age, size and table of contents, restores it into a
 * scratch database migplan creates (and always drops unless kept), and compares every table's row
 * count and checksum with the live database.
 */
public final class BackupVerifier {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(BackupVerifier.class);
  private static final Duration SNAPSHOT_TIMEOUT = Duration.ofHours(2);

  private final DatabaseUrl live;
  private final BackupTool tool;

  /**
   * Connections checksumming the restored copy side by side (nobody else writes to it). They run
   * while pg_restore loads other tables and builds indexes and keys on as many jobs as there are
   * cores (up to 4), so they take half the cores: checksumming is the shorter of the two.
   */
  private static final int PARALLELISM =
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()) / 2);

  private final TableChecksums checksums;

  public BackupVerifier(DatabaseUrl live) {
    this.live = live;
    this.tool = BackupTool.forUrl(live);
    this.checksums = TableChecksums.forUrl(live);
  }

  public BackupVerification verify(Path backup, VerifyOptions options) throws IOException {
    String id = ScratchNames.newId(options.now());
    BackupFormat format;
    try {
      format = BackupFormats.detect(backup);
    } catch (MigplanException e) {
      if (e.code() != ErrorCode.BACKUP_NOT_VERIFIED) {
        throw e;
      }
      return BackupVerification.refused(options.displayName(), null, List.of(e.getMessage()), id);
    }
    if (!tool.restores(format)) {
      return BackupVerification.refused(
          options.displayName(),
          format,
          List.of(
              "backup is a "
                  + format.description()
                  + " but the live database is "
                  + live.engine()
                  + "; give a backup of this database"),
          id);
    }
    LOG.debug("recognised {} as {}", backup.getFileName(), format.id());
    // the scratch database (the longest lead) and the live checksums are prepared while the
    // backup is checked
    CompletableFuture<ScratchDatabase> scratch =
        CompletableFuture.supplyAsync(() -> createScratch(backup, id, options));
    // one session on the live database: first the facts the checks need, then the checksums (CPU)
    // while the server creates the scratch database (mostly I/O)
    CompletableFuture<LiveFacts> facts = new CompletableFuture<>();
    java.util.concurrent.atomic.AtomicReference<org.jdbi.v3.core.Handle> liveSession =
        new java.util.concurrent.atomic.AtomicReference<>();
    CompletableFuture<List<TableSnapshot>> liveSnapshot =
        CompletableFuture.supplyAsync(
            () ->
                withLive(
                    liveSession,
                    h -> {
                      facts.complete(liveFacts(h, options));
                      try {
                        List<TableSnapshot> tables = checksums.snapshot(h);
                        LOG.debug("checksummed the live database");
                        return tables;
                      } catch (org.jdbi.v3.core.JdbiException e) {
                        boolean cancelled =
                            e.getCause() instanceof java.sql.SQLException sql
                                && "57014".equals(sql.getSQLState());
                        throw new MigplanException(
                            ErrorCode.DATABASE_ERROR,
                            cancelled
                                ? "the live checksums were cancelled: migplan was stopped or"
                                    + " no longer needed them"
                                : "checksumming the live database failed ("
                                    + org.migplan.db.Connections.firstLineOfCause(e)
                                    + "); the user needs to read every table of it",
                            e);
                      }
                    }));
    liveSnapshot.whenComplete(
        (tables, error) -> {
          if (error != null) {
            facts.completeExceptionally(error); // no session, no facts: the checks fail with it
          }
        });
    // the static checks do not hold up the restore: an archive they find unreadable fails to
    // restore too, and their verdict is taken before the comparison
    CompletableFuture<StaticChecks> checks =
        CompletableFuture.supplyAsync(() -> staticChecks(backup, format, options, facts));
    // interrupted (Ctrl-C, SIGTERM), the JVM ends the live checksums too: the server would run them
    // on to their end, as it does any statement whose client left while it computes
    Runnable onExit =
        Cleanups.onExit(
            "the live checksums",
            () -> {
              org.jdbi.v3.core.Handle handle = liveSession.get();
              if (handle != null && !liveSnapshot.isDone()) {
                org.migplan.db.Connections.cancel(handle);
              }
            });
    try {
      return restoreAndCompare(backup, id, format, options, checks, scratch, liveSnapshot);
    } finally {
      // a refused or failed verification does not wait for the live checksums: on a large
      // database they would otherwise run on, on the live server, long after migplan has answered
      abandon(liveSnapshot, liveSession);
      onExit.run();
    }
  }

  /** How long migplan keeps cancelling work it no longer needs before it stops waiting for it. */
  private static final Duration ABANDON_PATIENCE = Duration.ofSeconds(10);

  /** Cancels the statements of {@code work}'s session until {@code work} has ended. */
  private static void abandon(
      CompletableFuture<?> work,
      java.util.concurrent.atomic.AtomicReference<org.jdbi.v3.core.Handle> session) {
    long deadline = System.nanoTime() + ABANDON_PATIENCE.toNanos();
    while (!work.isDone() && System.nanoTime() < deadline) {
      org.jdbi.v3.core.Handle handle = session.get();
      if (handle != null) {
        org.migplan.db.Connections.cancel(handle);
      }
      try {
        work.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException
          | java.util.concurrent.ExecutionException
          | java.util.concurrent.CancellationException e) {
        // still running, or ended by the cancel
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The checks made without restoring, and what they read from the live database. */
  private record StaticChecks(
      List<String> problems, List<String> warnings, LiveFacts facts, boolean unreadable) {}

  private StaticChecks staticChecks(
      Path backup,
      BackupFormat format,
      VerifyOptions options,
      CompletableFuture<LiveFacts> liveFacts) {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    try {
      checkAge(backup, options, problems);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    options.manifest().ifPresent(m -> checkSha256(backup, m, problems));
    boolean unreadable = false;
    Optional<Set<String>> toc = Optional.empty();
    try {
      toc = tool.tablesWithData(format, backup);
    } catch (ToolFailedException e) {
      problems.add("backup cannot be read to its end: " + e.getMessage());
      unreadable = true;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    LiveFacts facts = join(liveFacts);
    checkSize(backup, facts.size(), warnings);
    toc.ifPresent(tables -> checkTableOfContents(facts.tablesHoldingRows(), tables, problems));
    LOG.debug("static checks done");
    return new StaticChecks(problems, warnings, facts, unreadable);
  }

  private LiveFacts liveFacts(org.jdbi.v3.core.Handle h, VerifyOptions options) {
    return new LiveFacts(
        checksums.tables(h),
        options
            .modelTable()
            .map(table -> ReferencingTables.withReferences(h, live, table))
            .orElse(Set.of()),
        checksums.method(h),
        tool.liveSize(live, h),
        tool.tablesHoldingRows(h));
  }

  /**
   * What the static checks read from the live database, in the session that then checksums it: its
   * tables, the model's table and the tables referencing it (which must match exactly), the
   * checksum method, the size of its table data and the tables a table of contents must list.
   */
  private record LiveFacts(
      List<String> tables,
      Set<String> critical,
      String checksumMethod,
      long size,
      List<String> tablesHoldingRows) {}

  private BackupVerification restoreAndCompare(
      Path backup,
      String id,
      BackupFormat format,
      VerifyOptions options,
      CompletableFuture<StaticChecks> checks,
      CompletableFuture<ScratchDatabase> scratchFuture,
      CompletableFuture<List<TableSnapshot>> liveSnapshot)
      throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String scratchName = "";
    List<TableSnapshot> restored = null;
    try (ScratchDatabase scratch = join(scratchFuture)) {
      scratchName = scratch.name();
      LOG.debug("scratch database {} ready", scratchName);
      // the copy is checksummed table by table as the rows are in, while pg_restore loads other
      // tables and builds indexes and keys; closing waits for a running checksum, so the scratch
      // database is never dropped under it
      try (TableChecksums.WhileRestoring copy =
          checksums.whileRestoring(scratch.url(), PARALLELISM)) {
        tool.restore(
            format,
            backup,
            scratch,
            new BackupTool.RestoreProgress() {
              @Override
              public void tableRestored(String table) {
                copy.tableRestored(table);
              }

              @Override
              public void dataRestored() {
                LOG.debug("rows restored");
              }
            });
        LOG.debug("restored");
        restored = copy.finish();
        LOG.debug("checksummed the restored copy");
      } catch (MigplanException e) {
        problems.add("restore failed: " + e.getMessage());
      }
    } catch (MigplanException | java.io.UncheckedIOException e) {
      problems.add(e.getMessage());
    }
    LOG.debug("scratch database closed");
    StaticChecks statics = join(checks);
    if (statics.unreadable()) {
      return BackupVerification.refused(options.displayName(), format, statics.problems(), id);
    }
    problems.addAll(0, statics.problems());
    warnings.addAll(0, statics.warnings());
    LiveFacts facts = statics.facts();
    Set<String> critical = facts.critical();
    List<org.migplan.core.backup.TableComparison> tables = List.of();
    List<TableSnapshot> copy = restored;
    if (copy != null) { // else the live checksums are not waited for, but cancelled
      List<TableSnapshot> liveTables = join(liveSnapshot);
      SnapshotComparison comparison = SnapshotComparison.compare(liveTables, copy, critical);
      tables = comparison.tables();
      problems.addAll(comparison.problems());
      warnings.addAll(comparison.warnings());
      options
          .manifest()
          .ifPresent(m -> compareWithManifest(m, facts.checksumMethod(), copy, problems, warnings));
    }
    return new BackupVerification(
        options.displayName(),
        format,
        problems.isEmpty(),
        tables,
        problems,
        warnings,
        scratchName,
        options.keep(),
        id);
  }

  private void compareWithManifest(
      BackupManifest manifest,
      String method,
      List<TableSnapshot> copy,
      List<String> problems,
      List<String> warnings) {
    boolean sameMethod = method.equals(manifest.checksumMethod());
    if (!sameMethod) {
      warnings.add(
          "the manifest's checksums were computed by "
              + (manifest.checksumMethod().isEmpty()
                  ? "an unrecorded method"
                  : manifest.checksumMethod())
              + ", not "
              + method
              + " as here; compared its row counts only (the copy's checksums were still"
              + " compared with the live database)");
    }
    problems.addAll(SnapshotComparison.againstManifest(manifest.tables(), copy, sameMethod));
  }

  private ScratchDatabase createScratch(Path backup, String id, VerifyOptions options) {
    try {
      return tool.createScratch(live, id, "restore of " + backup.getFileName(), options.keep());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Runs {@code callback} in a session on the live database, which {@code session} holds meanwhile.
   */
  private <T> T withLive(
      java.util.concurrent.atomic.AtomicReference<org.jdbi.v3.core.Handle> session,
      org.jdbi.v3.core.HandleCallback<T, RuntimeException> callback) {
    return Dialects.forUrl(live)
        .openReadOnly(live, SNAPSHOT_TIMEOUT)
        .withHandle(
            h -> {
              session.set(h);
              try {
                return callback.withHandle(h);
              } finally {
                session.set(null);
              }
            });
  }

  private static void checkAge(Path backup, VerifyOptions options, List<String> problems)
      throws IOException {
    Instant taken =
        options
            .manifest()
            .map(m -> Instant.parse(m.createdAt()))
            .orElse(Files.getLastModifiedTime(timestampFile(backup)).toInstant());
    Duration age = Duration.between(taken, options.now());
    if (age.compareTo(options.maxAge()) > 0) {
      problems.add(
          "backup is "
              + Durations.format(age)
              + " old, older than --max-age "
              + Durations.format(options.maxAge())
              + "; take a fresh backup (migplan backup)");
    }
  }

  private static void checkSize(Path backup, long liveSize, List<String> warnings) {
    long size;
    try {
      size = size(backup);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (size * 50 < liveSize) {
      warnings.add(
          "backup is "
              + size
              + " bytes, less than 2% of the "
              + liveSize
              + " bytes of table data in the live database; check that it holds all the data");
    }
  }

  private static void checkSha256(Path backup, BackupManifest manifest, List<String> problems) {
    if (Files.isDirectory(backup)) {
      return;
    }
    String actual = Sha256.of(backup);
    if (!actual.equals(manifest.sha256())) {
      problems.add(
          "backup's sha256 "
              + actual
              + " differs from its manifest's "
              + manifest.sha256()
              + "; the file changed or is damaged since it was written");
    }
  }

  private static void checkTableOfContents(
      List<String> liveTables, Set<String> toc, List<String> problems) {
    for (String table : liveTables) {
      if (!toc.contains(table)) {
        problems.add(
            "table " + table + " has no data in the backup (not in its table of contents)");
      }
    }
  }

  private static Path timestampFile(Path backup) {
    return Files.isDirectory(backup) ? backup.resolve("toc.dat") : backup;
  }

  static long size(Path backup) throws IOException {
    if (!Files.isDirectory(backup)) {
      return Files.size(backup);
    }
    try (var files = Files.walk(backup)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
