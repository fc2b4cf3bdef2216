package org.migplan.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.backup.BackupFormat;
import org.migplan.core.backup.BackupVerification;
import org.migplan.db.testing.SqliteTestDatabase;

class SqliteBackupVerifierIT {
  @TempDir Path dir;
  private SqliteTestDatabase live;
  private Path backup;

  @BeforeEach
  void liveAndBackup() {
    live =
        SqliteTestDatabase.in(dir, "live.sqlite3").runResource("fixtures/sqlite/backup-school.sql");
    backup = dir.resolve("backup.sqlite3");
    new SqliteBackupTool().dump(live.url(), backup);
  }

  @Test
  void anOnlineBackupVerifiesAndLeavesNoScratchFile() throws IOException {
    BackupVerification result = verify(backup);
    assertThat(result.format()).isEqualTo(BackupFormat.SQLITE);
    assertThat(result.problems()).isEmpty();
    assertThat(result.verified()).isTrue();
    assertThat(result.tables()).hasSize(4);
    assertThat(Path.of(result.scratchDatabase())).doesNotExist();
  }

  @Test
  void brokenCopiesFailNamingTheProblem() throws IOException {
    long size = Files.size(backup);
    assertFails(PostgresBackupVerifierIT.truncate(backup, "cut-half.sqlite3", size / 2), "");
    assertFails(PostgresBackupVerifierIT.truncate(backup, "cut-end.sqlite3", size - 1000), "");
    assertFails(PostgresBackupVerifierIT.flip(backup, "flipped.sqlite3"), "");
    Path withoutData = Files.copy(backup, dir.resolve("no-enrolments.sqlite3"));
    SqliteTestDatabase.in(dir, "no-enrolments.sqlite3").runSql("DELETE FROM school_enrolment");
    assertFails(withoutData, "table school_enrolment has 4000 rows in the live database but 0");
    assertFails(Files.write(dir.resolve("empty.sqlite3"), new byte[0]), "is an empty file");
    assertFails(Files.writeString(dir.resolve("dump.txt"), "just text\n"), "text file");
  }

  private void assertFails(Path candidate, String expected) throws IOException {
    BackupVerification result = verify(candidate);
    assertThat(result.verified()).as(candidate.getFileName().toString()).isFalse();
    assertThat(String.join("\n", result.problems()))
        .as(candidate.toString())
        .isNotEmpty()
        .contains(expected);
  }

  @Test
  void eachVerificationHasItsOwnIdAndItsScratchIsNamedAfterIt() throws IOException {
    Instant sameSecond = Instant.parse("2024-01-31T12:05:01Z");
    BackupVerification first = verify(backup, sameSecond);
    BackupVerification second = verify(backup, sameSecond);
    BackupVerification refused = verify(Files.write(dir.resolve("empty.sqlite3"), new byte[0]));

    assertThat(first.verificationId()).startsWith("20240131_120501_");
    assertThat(second.verificationId()).startsWith("20240131_120501_");
    assertThat(first.verificationId()).isNotEqualTo(second.verificationId());
    for (BackupVerification result : List.of(first, second)) {
      assertThat(Path.of(result.scratchDatabase()).getFileName())
          .hasToString("migplan_verify_" + result.verificationId() + ".sqlite3");
      assertThat(Path.of(result.scratchDatabase()).getParent().getFileName().toString())
          .startsWith("migplan_verify_" + result.verificationId() + "_");
    }
    assertThat(refused.scratchDatabase()).isEmpty();
    assertThat(refused.verificationId()).isNotEmpty();
  }

  private BackupVerification verify(Path candidate) throws IOException {
    return verify(candidate, Instant.now());
  }

  private BackupVerification verify(Path candidate, Instant now) throws IOException {
    Set<String> before = scratchDirectories();
    BackupVerification result =
        new BackupVerifier(live.url())
            .verify(
                candidate,
                PostgresBackupVerifierIT.options(candidate, false, "school_student", now));
    // only this verification's scratch counts: other runs may share java.io.tmpdir meanwhile, and
    // its directory (migplan_verify_<id>_<random>) carries the id the result reports
    String prefix = "migplan_verify_" + result.verificationId() + "_";
    Set<String> left = new TreeSet<>(scratchDirectories());
    left.removeAll(before);
    assertThat(left)
        .as("scratch directories of this verification left behind")
        .noneMatch(name -> name.startsWith(prefix));
    if (!result.scratchDatabase().isEmpty()) {
      assertThat(Path.of(result.scratchDatabase()).getParent()).doesNotExist();
    }
    return result;
  }

  private static Set<String> scratchDirectories() throws IOException {
    try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("migplan_verify_"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
