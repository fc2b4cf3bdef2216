package org.migplan.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.backup.BackupVerification;
import org.migplan.db.testing.PostgresTestDatabase;

/**
 * A verification that fails does not leave its live checksums running on the server. A row-level
 * security policy that sleeps a second per row makes the live table's checksum last about 20
 * minutes; the backup is cut in half, so its restore fails within seconds. The verification answers
 * (the timeout only guards against a hang) and no migplan statement is left running on the live
 * database: the checksum was cancelled, not waited for or orphaned.
 */
class AbandonedChecksumsIT {
  @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();
  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aFailedRestoreCancelsTheLiveChecksums() throws Exception {
    pg.jdbi()
        .useHandle(
            h -> {
              h.execute("CREATE TABLE school_student (id int PRIMARY KEY, name text)");
              h.execute(
                  "INSERT INTO school_student SELECT g, repeat('x', 200) || g"
                      + " FROM generate_series(1, 1200) g");
            });
    Path whole = dir.resolve("whole.dump");
    new ToolRunner(pg.url())
        .run(
            List.of("pg_dump", "--format=custom", "--compress=0", "--file=" + whole),
            pg.url().database(),
            null,
            null);
    Path half = PostgresBackupVerifierIT.truncate(whole, "half.dump", Files.size(whole) / 2);
    pg.slowToRead("school_student");

    BackupVerification result =
        new BackupVerifier(pg.url())
            .verify(
                half,
                PostgresBackupVerifierIT.options(half, false, "school_student", Instant.now()));

    assertThat(result.verified()).isFalse();
    assertThat(result.problems()).isNotEmpty();
    assertThat(pg.migplanStatementsRunning("%"))
        .as("migplan statements still running on the live database")
        .isZero();
  }
}
