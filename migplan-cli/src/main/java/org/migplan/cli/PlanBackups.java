package org.migplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.migplan.core.backup.BackupFormat;
import org.migplan.core.backup.BackupVerification;
import org.migplan.core.backup.TableComparison;
import org.migplan.core.plan.BackupFacts;
import org.migplan.core.stage.FixtureRecord;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.backup.BackupCandidates;
import org.migplan.db.backup.BackupVerifier;
import org.migplan.db.backup.PostgresDatabases;
import org.migplan.db.backup.Sha256;
import org.migplan.db.backup.VerifyOptions;
import org.migplan.db.stage.StagingRecords;

/** What {@code plan --backups} and {@code plan --staging} record: verified by migplan itself. */
final class PlanBackups {
  private PlanBackups() {}

  /**
   * Verifies the newest backup in {@code directory} against {@code live}, as verify-backup does.
   */
  static BackupFacts verify(DatabaseUrl live, Path directory, Path project) throws IOException {
    Path backup = BackupCandidates.newest(directory);
    String shown = CommandContext.relativeBelow(backup, project).toString();
    VerifyOptions options =
        new VerifyOptions(
            shown,
            Duration.ofDays(1),
            false,
            Optional.empty(),
            BackupOptions.manifest(backup),
            Instant.now());
    BackupVerification result = new BackupVerifier(live).verify(backup, options);
    return new BackupFacts(
        shown, result.verified(), how(result), restoreCommand(result.format(), shown, live));
  }

  /** The staging database, shown without password, when it is a copy migplan made. */
  static Optional<String> staging(DatabaseUrl staging, List<String> missing) {
    boolean ours =
        staging.isPostgres()
            ? new PostgresDatabases(staging).isMarked(staging.database(), PostgresDatabases.STAGING)
            : java.nio.file.Files.isRegularFile(
                staging
                    .sqlitePath()
                    .resolveSibling(staging.sqlitePath().getFileName() + ".migplan-staging"));
    if (!ours) {
      missing.add(
          "staging: "
              + staging.redacted()
              + " is not a staging copy made by migplan stage; make one"
              + " with migplan stage and re-plan");
      return Optional.empty();
    }
    return Optional.of(staging.redacted() + fixtureNote(staging, missing));
  }

  /** The fixture written from the staging copy, checked against what migplan stage recorded. */
  private static String fixtureNote(DatabaseUrl staging, List<String> missing) {
    Optional<FixtureRecord> recorded;
    try {
      recorded = StagingRecords.fixture(staging);
    } catch (java.io.IOException e) {
      recorded = Optional.empty();
    }
    if (recorded.isEmpty()) {
      missing.add(
          "fixture: no fixture was written from the staging copy (migplan stage --fixture)");
      return "";
    }
    FixtureRecord fixture = recorded.get();
    java.nio.file.Path file = java.nio.file.Path.of(fixture.path());
    if (!java.nio.file.Files.isRegularFile(file) || !Sha256.of(file).equals(fixture.sha256())) {
      missing.add(
          "fixture: "
              + fixture.path()
              + " is missing or changed since migplan stage wrote it; write it again");
      return "";
    }
    return String.format(
        java.util.Locale.ROOT,
        "; fixture %s (%,d objects, unchanged since migplan stage wrote it)",
        fixture.path(),
        fixture.objects());
  }

  private static String how(BackupVerification result) {
    if (!result.verified()) {
      return "NOT verified: " + String.join("; ", result.problems());
    }
    long rows =
        result.tables().stream().mapToLong(t -> t.backupRows() == null ? 0 : t.backupRows()).sum();
    long matching = result.tables().stream().filter(TableComparison::matches).count();
    return "restored into a scratch database (dropped afterwards); "
        + matching
        + " of "
        + result.tables().size()
        + " tables ("
        + rows
        + " rows) match the live database by row count and checksum"
        + (result.warnings().isEmpty()
            ? ""
            : "; warnings: " + String.join("; ", result.warnings()));
  }

  private static String restoreCommand(BackupFormat format, String file, DatabaseUrl live) {
    if (format == null) {
      return "";
    }
    String database = live.isPostgres() ? "\"$DATABASE_URL\"" : "";
    return switch (format) {
      case POSTGRES_CUSTOM, POSTGRES_DIRECTORY, POSTGRES_TAR ->
          "pg_restore --clean --if-exists --no-owner --exit-on-error -d "
              + database
              + " '"
              + file
              + "'";
      case PLAIN_SQL -> "psql -v ON_ERROR_STOP=1 -d " + database + " -f '" + file + "'";
      case PLAIN_SQL_GZIP -> "gunzip -c '" + file + "' | psql -v ON_ERROR_STOP=1 -d " + database;
      case SQLITE -> "cp '" + file + "' '" + live.sqlitePath() + "'";
    };
  }
}
