package org.migplan.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.backup.BackupFormat;
import org.migplan.db.postgres.PostgresDialect;
import org.migplan.db.testing.PostgresTestDatabase;

class PostgresBackupToolIT {
  @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();
  @TempDir Path dir;

  private record State(long rows, long indexes, long foreignKeys) {}

  @Test
  void anArchiveReportsItsRowsRestoredBeforeItsIndexesAndKeysAreBuilt() throws IOException {
    pg.runResource("fixtures/postgres/backup-school.sql");
    Path archive = dir.resolve("school.dump");
    new ToolRunner(pg.url())
        .run(
            List.of("pg_dump", "--format=custom", "--file=" + archive),
            pg.url().database(),
            null,
            null);
    State live = pg.jdbi().withHandle(PostgresBackupToolIT::state);
    assertThat(live.rows()).isPositive();
    assertThat(live.indexes()).isPositive();
    assertThat(live.foreignKeys()).isPositive();

    PostgresBackupTool tool = new PostgresBackupTool(pg.url());
    List<State> whenRowsWereIn = new ArrayList<>();
    try (ScratchDatabase scratch =
        tool.createScratch(pg.url(), ScratchNames.newId(Instant.now()), "tool test", false)) {
      var copy = new PostgresDialect().openReadWrite(scratch.url());
      tool.restore(
          BackupFormat.POSTGRES_CUSTOM,
          archive,
          scratch,
          () -> whenRowsWereIn.add(copy.withHandle(PostgresBackupToolIT::state)));
      assertThat(whenRowsWereIn)
          .containsExactly(new State(live.rows(), 0, 0))
          .as("every row is in before the post-data section; no index or key yet");
      assertThat(copy.withHandle(PostgresBackupToolIT::state)).isEqualTo(live);
    }
  }

  /** All rows of the user tables, their indexes and their foreign keys. */
  private static State state(Handle h) {
    long rows =
        h.createQuery(
                "SELECT coalesce(sum((xpath('/row/c/text()', query_to_xml("
                    + "format('SELECT count(*) AS c FROM %I.%I', schemaname, tablename),"
                    + " false, true, '')))[1]::text::bigint), 0)"
                    + " FROM pg_tables WHERE schemaname = 'public'")
            .mapTo(Long.class)
            .one();
    long indexes =
        h.createQuery("SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'")
            .mapTo(Long.class)
            .one();
    long keys =
        h.createQuery(
                "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                    + " WHERE c.contype = 'f' AND n.nspname = 'public'")
            .mapTo(Long.class)
            .one();
    return new State(rows, indexes, keys);
  }
}
