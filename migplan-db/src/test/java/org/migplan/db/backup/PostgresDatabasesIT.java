package org.migplan.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.db.testing.PostgresTestDatabase;

class PostgresDatabasesIT {
  @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();
  @TempDir Path state;

  /**
   * psql passes over a database it cannot connect to, but a script whose session was lost after it
   * started (exit 2 as well) may have done part of its work: it is not run again on another one.
   */
  @Test
  void aScriptWhoseSessionIsLostMidwayRunsOnce() {
    PostgresDatabases databases = new PostgresDatabases(pg.url(), new PendingDatabases(state));
    PostgresDatabases.Script run =
        databases.psqlScript(
            "migplan_test_not_concerned",
            "\\echo ran\nSELECT pg_catalog.pg_terminate_backend(pg_catalog.pg_backend_pid());\n");
    assertThat(run.out().lines().filter("ran"::equals).count()).isEqualTo(1);
    assertThat(run.failure()).isPresent();
    assertThat(run.failure().get().exitCode()).isEqualTo(2);
  }

  /**
   * Marks and names travel as escape-string literals: a backslash or a quote in a comment reads
   * back as written, whatever standard_conforming_strings is, and the mark is still recognised.
   */
  @Test
  void aMarkWithBackslashesAndQuotesReadsBackAndIsDropped() {
    PostgresDatabases databases = new PostgresDatabases(pg.url(), new PendingDatabases(state));
    String name = "migplan_test_marks_" + ProcessHandle.current().pid();
    String comment = PostgresDatabases.SCRATCH + " C:\\tmp\\it's";
    // psql connects to the test's database: there, backslashes in plain literals are escapes
    pg.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "ALTER DATABASE \""
                        + pg.url().database()
                        + "\" SET standard_conforming_strings = off"));
    databases.create(name, java.util.Optional.empty(), comment);
    try {
      assertThat(databases.comment(name)).contains(comment);
      assertThat(databases.isMarked(name, PostgresDatabases.SCRATCH)).isTrue();
    } finally {
      databases.dropMarked(name, PostgresDatabases.SCRATCH);
    }
    assertThat(databases.exists(name)).isFalse();
  }
}
