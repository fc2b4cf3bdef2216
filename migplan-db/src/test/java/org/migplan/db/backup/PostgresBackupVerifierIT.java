package org.migplan.db.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.backup.BackupFormat;
import org.migplan.core.backup.BackupVerification;
import org.migplan.core.backup.TableComparison;
import org.migplan.db.testing.PostgresTestDatabase;

class PostgresBackupVerifierIT {
  @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();
  @TempDir static Path dir;

  @BeforeAll
  static void schema() {
    pg.runResource("fixtures/postgres/backup-school.sql");
  }

  @Test
  void everyFormatRestoresAndMatches() throws IOException {
    assertVerified(dump("custom.dump", "--format=custom"), BackupFormat.POSTGRES_CUSTOM);
    assertVerified(dump("directory", "--format=directory"), BackupFormat.POSTGRES_DIRECTORY);
    assertVerified(dump("archive.tar", "--format=tar"), BackupFormat.POSTGRES_TAR);
    Path plain = dump("plain.sql", "--format=plain");
    assertVerified(plain, BackupFormat.PLAIN_SQL);
    assertVerified(gzip(plain, "plain.sql.gz"), BackupFormat.PLAIN_SQL_GZIP);
  }

  @Test
  void brokenCustomArchivesFailNamingTheProblem() throws IOException {
    Path custom = dump("good.dump", "--format=custom");
    assertRejected(truncate(custom, "cut-header.dump", 20), "cannot be read to its end");
    assertRejected(truncate(custom, "cut-half.dump", Files.size(custom) / 2), "");
    assertRejected(truncate(custom, "cut-end.dump", Files.size(custom) - 100), "");
    assertRejected(flip(custom, "flipped.dump"), "");
    Path withoutData =
        dump("no-enrolments.dump", "--format=custom", "--exclude-table-data=school_enrolment");
    assertRejected(withoutData, "table school_enrolment has no data in the backup");
  }

  @Test
  void brokenPlainAndTarBackupsFail() throws IOException {
    Path plain = dump("good.sql", "--format=plain");
    assertRejected(truncate(plain, "cut.sql", Files.size(plain) * 6 / 10), "");
    assertRejected(flip(plain, "flipped.sql"), "");
    Path gz = gzip(plain, "good.sql.gz");
    assertRejected(truncate(gz, "cut.sql.gz", Files.size(gz) / 2), "restore failed");
    Path tar = dump("good.tar", "--format=tar");
    assertRejected(truncate(tar, "cut.tar", Files.size(tar) / 2), "");
    Path directory = dump("damaged-dir", "--format=directory");
    try (var files = Files.list(directory)) {
      Path data = files.filter(f -> f.toString().endsWith(".dat.gz")).sorted().findFirst().get();
      Files.delete(data);
    }
    assertRejected(directory, "restore failed");
  }

  @Test
  void filesThatAreNoBackupAreRefused() throws IOException {
    assertRefused(Files.write(dir.resolve("empty.dump"), new byte[0]), "is an empty file");
    assertRefused(
        Files.write(dir.resolve("picture.dump"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}),
        "binary file of an unknown kind");
    assertRefused(Files.writeString(dir.resolve("notes.sql"), "hello\n"), "text file");
    Path sqlite = Files.write(dir.resolve("app.sqlite3"), "SQLite format 3\0xxxx".getBytes());
    assertRefused(sqlite, "the live database is postgresql");
  }

  @Test
  void anOldBackupFailsTheAgeCheck() throws IOException {
    Path custom = dump("old.dump", "--format=custom");
    Files.setLastModifiedTime(custom, FileTime.from(Instant.now().minus(Duration.ofDays(3))));
    BackupVerification result = verify(custom, false);
    assertThat(result.verified()).isFalse();
    assertThat(result.problems()).anyMatch(p -> p.contains("older than --max-age 1d"));
  }

  @Test
  void changesToUnrelatedTablesAreWarningsButChangesToTheModelBlock() throws IOException {
    Path custom = dump("before-changes.dump", "--format=custom");
    pg.jdbi().useHandle(h -> h.execute("INSERT INTO \"Audit Log\" (message) VALUES ('later')"));
    try {
      BackupVerification unrelated = verify(custom, false);
      assertThat(unrelated.verified()).as(unrelated.problems().toString()).isTrue();
      assertThat(unrelated.warnings()).anyMatch(w -> w.contains("Audit Log"));
      pg.jdbi().useHandle(h -> h.execute("UPDATE school_student SET name = 'x' WHERE id = 7"));
      BackupVerification model = verify(custom, false);
      assertThat(model.verified()).isFalse();
      assertThat(model.problems())
          .containsExactly(
              "table school_student has the same row count but different content (checksum)");
    } finally {
      pg.jdbi()
          .useHandle(
              h -> {
                h.execute("DELETE FROM \"Audit Log\" WHERE message = 'later'");
                h.execute("UPDATE school_student SET name = 'student 7 é''\"' WHERE id = 7");
              });
    }
  }

  @Test
  void keepLeavesTheMarkedScratchDatabase() throws IOException {
    Path custom = dump("kept.dump", "--format=custom");
    BackupVerification result = verify(custom, true);
    PostgresDatabases databases = new PostgresDatabases(pg.url());
    try {
      assertThat(result.verified()).isTrue();
      assertThat(result.scratchKept()).isTrue();
      assertThat(result.scratchDatabase()).isEqualTo("migplan_verify_" + result.verificationId());
      assertThat(databases.isMarked(result.scratchDatabase(), PostgresDatabases.SCRATCH)).isTrue();
    } finally {
      databases.dropMarked(result.scratchDatabase(), PostgresDatabases.SCRATCH);
    }
    assertThat(databases.exists(result.scratchDatabase())).isFalse();
  }

  @Test
  void neverDropsADatabaseItDidNotCreate() {
    PostgresDatabases databases = new PostgresDatabases(pg.url());
    assertThatThrownBy(() -> databases.dropMarked(pg.url().database(), PostgresDatabases.SCRATCH))
        .isInstanceOfSatisfying(
            MigplanException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REFUSED))
        .hasMessageContaining("was not created by migplan");
    assertThat(databases.exists(pg.url().database())).isTrue();
  }

  private void assertVerified(Path backup, BackupFormat format) throws IOException {
    BackupVerification result = verify(backup, false);
    assertThat(result.format()).isEqualTo(format);
    assertThat(result.problems()).as(backup.toString()).isEmpty();
    assertThat(result.verified()).isTrue();
    assertThat(result.tables())
        .extracting(TableComparison::table)
        .containsExactly("Audit Log", "school_enrolment", "school_house", "school_student");
    assertThat(result.tables()).allMatch(TableComparison::matches);
    assertThat(result.tables())
        .filteredOn(t -> t.table().equals("school_student"))
        .singleElement()
        .satisfies(t -> assertThat(t.backupRows()).isEqualTo(3000L));
  }

  private void assertRejected(Path backup, String expected) throws IOException {
    BackupVerification result = verify(backup, false);
    assertThat(result.verified()).as(backup.getFileName().toString()).isFalse();
    assertThat(result.problems()).as(backup.getFileName().toString()).isNotEmpty();
    assertThat(String.join("\n", result.problems())).contains(expected);
  }

  private void assertRefused(Path backup, String expected) throws IOException {
    BackupVerification result = verify(backup, false);
    assertThat(result.verified()).isFalse();
    assertThat(result.scratchDatabase()).isEmpty();
    assertThat(result.problems()).singleElement().asString().contains(expected);
  }

  /**
   * The options the tests verify with: the backup shown by its file name, a day's age allowed, the
   * model's {@code table}, no manifest.
   */
  static VerifyOptions options(Path backup, boolean keep, String table, Instant now) {
    return new VerifyOptions(
        backup.getFileName().toString(),
        Duration.ofDays(1),
        keep,
        Optional.of(table),
        Optional.empty(),
        now);
  }

  /** Verifies and checks that no scratch database is left behind. */
  private BackupVerification verify(Path backup, boolean keep) throws IOException {
    List<String> before = scratchDatabases();
    BackupVerification result =
        new BackupVerifier(pg.url())
            .verify(backup, options(backup, keep, "school_student", Instant.now()));
    List<String> after = new ArrayList<>(scratchDatabases());
    if (keep) {
      after.remove(result.scratchDatabase());
    } else if (!result.scratchDatabase().isEmpty()) {
      assertThat(after).as("scratch database left behind").doesNotContain(result.scratchDatabase());
    }
    // other runs on the same server create and drop their own scratch databases meanwhile: only
    // this process's (its pid is in the scratch database's comment) count
    after.removeAll(before);
    assertThat(after).as("scratch databases left behind").isEmpty();
    return result;
  }

  private static List<String> scratchDatabases() {
    return pg.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT datname FROM pg_database WHERE datname LIKE 'migplan\\_verify\\_%'"
                            + " AND shobj_description(oid, 'pg_database') LIKE ?"
                            + " ORDER BY 1")
                    .bind(0, "%(pid " + ProcessHandle.current().pid() + ")%")
                    .mapTo(String.class)
                    .list());
  }

  private static Path dump(String name, String... options) throws IOException {
    Path target = dir.resolve(name);
    List<String> command = new ArrayList<>(List.of("pg_dump", "--file=" + target));
    command.addAll(List.of(options));
    new ToolRunner(pg.url()).run(command, pg.url().database(), null, null);
    return target;
  }

  private static Path gzip(Path source, String name) throws IOException {
    Path target = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
      Files.copy(source, out);
    }
    return target;
  }

  static Path truncate(Path source, String name, long length) throws IOException {
    byte[] bytes = Files.readAllBytes(source);
    return Files.write(source.resolveSibling(name), java.util.Arrays.copyOf(bytes, (int) length));
  }

  static Path flip(Path source, String name) throws IOException {
    byte[] bytes = Files.readAllBytes(source);
    for (int i = bytes.length / 2; i < bytes.length / 2 + 16; i++) {
      bytes[i] = (byte) (bytes[i] ^ 0xff);
    }
    return Files.write(source.resolveSibling(name), bytes);
  }
}
