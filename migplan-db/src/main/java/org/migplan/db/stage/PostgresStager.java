package org.migplan.db.stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.core.stage.StagingCopy;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Dialects;
import org.migplan.db.Futures;
import org.migplan.db.backup.PostgresDatabases;
import org.migplan.db.backup.ToolRunner;
import org.migplan.db.checksum.PostgresTableChecksums;
import org.migplan.db.checksum.TableChecksums;

/**
 * PostgreSQL: {@code CREATE DATABASE … TEMPLATE source} when nobody else is connected to the source
 * (a file-level copy, the fastest), else {@code pg_dump | pg_restore} streamed, on a snapshot
 * exported from the transaction that computes the source's checksums.
 */
public final class PostgresStager implements Stager {

  @Override
  public StagingCopy stage(DatabaseUrl source, DatabaseUrl target, boolean replace)
      throws IOException {
    PostgresDatabases server = new PostgresDatabases(target);
    String name = target.database();
    if (name.equals(source.database()) && sameServer(source, target)) {
      throw new MigplanException(
          ErrorCode.REFUSED, "--to names the source database " + name + "; choose another name");
    }
    StagingTargets.clearPostgres(server, name, replace);
    String comment =
        PostgresDatabases.STAGING + " of " + source.database() + " made " + Instant.now();
    if (sameServer(source, target) && server.otherSessions(source.database()) == 0) {
      try {
        server.create(name, Optional.of(source.database()), comment);
        // the source's checksums (one consistent transaction) while the copy's are computed
        CompletableFuture<List<TableSnapshot>> tables =
            CompletableFuture.supplyAsync(() -> snapshot(source));
        List<TableSnapshot> copy = Stager.copySnapshot(target);
        return Stager.compare(source, Futures.join(tables), copy, target, "template");
      } catch (MigplanException e) {
        if (server.exists(name)) {
          server.dropMarked(name, PostgresDatabases.STAGING);
          throw e;
        }
        // someone connected to the source in between: copy with pg_dump | pg_restore instead
      }
    }
    server.create(name, Optional.empty(), comment);
    try {
      List<TableSnapshot> tables = dumpAndRestore(source, target);
      return Stager.verify(source, tables, target, "pg_dump|pg_restore");
    } catch (RuntimeException | IOException e) {
      server.dropMarked(name, PostgresDatabases.STAGING);
      throw e;
    }
  }

  private static List<TableSnapshot> snapshot(DatabaseUrl source) {
    return Dialects.forUrl(source)
        .openReadOnly(source, Duration.ofHours(6))
        .withHandle(TableChecksums.forUrl(source)::snapshot);
  }

  private static List<TableSnapshot> dumpAndRestore(DatabaseUrl source, DatabaseUrl target)
      throws IOException {
    return Dialects.forUrl(source)
        .openReadOnly(source, Duration.ofHours(6))
        .inTransaction(
            TransactionIsolationLevel.REPEATABLE_READ,
            handle -> {
              String snapshot =
                  handle.createQuery("SELECT pg_export_snapshot()").mapTo(String.class).one();
              CompletableFuture<Void> copy =
                  CompletableFuture.runAsync(() -> pipe(source, target, snapshot));
              List<TableSnapshot> tables =
                  new PostgresTableChecksums().snapshotInTransaction(handle);
              Futures.join(copy);
              return tables;
            });
  }

  private static void pipe(DatabaseUrl source, DatabaseUrl target, String snapshot) {
    try {
      ToolRunner tools = new ToolRunner(source);
      if (!sameServer(source, target)) {
        throw new MigplanException(
            ErrorCode.USAGE,
            "--to " + target.redacted() + " is on another server; stage on the source's server");
      }
      tools.pipe(
          List.of("pg_dump", "--format=custom", "--snapshot=" + snapshot),
          source.database(),
          List.of(
              "pg_restore",
              "--no-owner",
              "--no-privileges",
              "--exit-on-error",
              "--dbname=" + target.database()),
          target.database());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean sameServer(DatabaseUrl a, DatabaseUrl b) {
    return a.host().equals(b.host()) && a.port() == b.port();
  }
}
