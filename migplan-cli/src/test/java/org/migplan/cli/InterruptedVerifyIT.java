package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.db.testing.PostgresTestDatabase;

/**
 * The promise for an interrupted verification, on the real jar: stopped (SIGTERM, as
 * Ctrl-C's shutdown path) in the middle of its live checksums, migplan drops its scratch database
 * and leaves no statement running on the live database. A row-level security policy that sleeps a
 * second per row keeps the live checksum busy for about 20 minutes, so the stop always lands in it;
 * the timeout only guards against a hang.
 */
class InterruptedVerifyIT {
  @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();
  @TempDir Path work;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void aStoppedVerificationDropsItsCopyAndEndsItsLiveStatements() throws Exception {
    assertThat(PackagedJar.JAR).as("the shaded jar is built in the package phase").exists();
    pg.jdbi()
        .useHandle(
            h -> {
              h.execute("CREATE TABLE school_student (id int PRIMARY KEY, name text)");
              h.execute(
                  "INSERT INTO school_student SELECT g, 'student ' || g"
                      + " FROM generate_series(1, 1200) g");
            });
    Path backup = work.resolve("school.dump");
    CliRun.Result taken =
        CliRun.run(work, java.util.Map.of(), "backup", "--db", pg.urlWithPassword(), "--out", "b");
    assertThat(taken.exitCode()).as(taken.err()).isZero();
    Path archive;
    try (var files = java.nio.file.Files.list(work.resolve("b"))) {
      archive = files.filter(f -> f.toString().endsWith(".dump")).findFirst().orElseThrow();
    }
    pg.slowToRead("school_student");

    Process process =
        new ProcessBuilder(
                PackagedJar.command(
                    "verify-backup",
                    "--debug",
                    "--db",
                    pg.urlWithPassword(),
                    "--backup",
                    archive.toString(),
                    "--table",
                    "school_student"))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    // stderr is read to its end beside the test, so that the stopping JVM never blocks on it
    java.util.concurrent.BlockingQueue<String> lines =
        new java.util.concurrent.LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader err =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                  lines.add(line);
                }
              } catch (java.io.IOException e) {
                // the process is gone
              }
            });
    reader.start();
    // the copy is restored and checksummed in seconds; the live checksum is what it waits for
    List<String> seen = new ArrayList<>();
    while (seen.stream().noneMatch(l -> l.contains("checksummed the restored copy"))) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null) {
        seen.add(line);
      }
      assertThat(process.isAlive() || line != null).as("migplan ended early: %s", seen).isTrue();
    }
    // and the live checksum is running (the policy keeps it there)
    while (pg.migplanStatementsRunningNow("%hash%") == 0) {
      assertThat(process.isAlive()).as("migplan ended early: %s", seen).isTrue();
      Thread.sleep(100);
    }
    process.destroy(); // SIGTERM: the shutdown hooks run
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    reader.join();

    assertThat(scratchDatabases(process.pid())).as("scratch databases left behind").isEmpty();
    assertThat(pg.migplanStatementsRunning("%")).as("migplan statements left running").isZero();
  }

  private static List<String> scratchDatabases(long pid) {
    return pg.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT datname FROM pg_catalog.pg_database"
                            + " WHERE pg_catalog.shobj_description(oid, 'pg_database') LIKE ?")
                    .bind(0, "%(pid " + pid + ")%")
                    .mapTo(String.class)
                    .list());
  }
}
