package org.migplan.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
  void aParallelRestoreAnnouncesEachTableOnceItsRowsAreIn() throws IOException {
    Path archive = dump("school.dump", "--format=custom");
    State live = pg.jdbi().withHandle(PostgresBackupToolIT::state);
    Map<String, Long> liveRows = pg.jdbi().withHandle(PostgresBackupToolIT::rowsPerTable);
    assertThat(liveRows).hasSize(4);

    PostgresBackupTool tool = new PostgresBackupTool(pg.url());
    Map<String, Long> rowsWhenAnnounced = new TreeMap<>();
    List<String> events = new ArrayList<>();
    try (ScratchDatabase scratch =
        tool.createScratch(pg.url(), ScratchNames.newId(Instant.now()), "tool test", false)) {
      var copy = new PostgresDialect().openReadWrite(scratch.url());
      tool.restore(
          BackupFormat.POSTGRES_CUSTOM,
          archive,
          scratch,
          new BackupTool.RestoreProgress() {
            @Override
            public void tableRestored(String table) {
              events.add(table);
              rowsWhenAnnounced.put(table, copy.withHandle(h -> rowsPerTable(h).get(table)));
            }

            @Override
            public void dataRestored() {
              events.add("all data");
            }
          });
      if (Runtime.getRuntime().availableProcessors() > 1) { // pg_restore --jobs announces tables
        assertThat(rowsWhenAnnounced)
            .as("every table is announced once, holding all its rows")
            .isEqualTo(liveRows);
        assertThat(events).hasSize(liveRows.size() + 1).endsWith("all data");
      } else {
        assertThat(events).containsExactly("all data");
      }
      assertThat(copy.withHandle(PostgresBackupToolIT::state)).isEqualTo(live);
    }
  }

  @Test
  void aSerialRestoreReportsItsRowsRestoredBeforeItsIndexesAndKeysAreBuilt() throws IOException {
    Path archive = dump("school.tar", "--format=tar"); // tar archives restore on one job
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
          BackupFormat.POSTGRES_TAR,
          archive,
          scratch,
          () -> whenRowsWereIn.add(copy.withHandle(PostgresBackupToolIT::state)));
      assertThat(whenRowsWereIn)
          .containsExactly(new State(live.rows(), 0, 0))
          .as("every row is in before the post-data section; no index or key yet");
      assertThat(copy.withHandle(PostgresBackupToolIT::state)).isEqualTo(live);
    }
  }

  /** An archive replaced at the same path is read anew by the same tool, not from its cache. */
  @Test
  void anArchiveReplacedAtTheSamePathIsReadAgain() throws IOException {
    Path archive = dump("replaced.dump", "--format=custom");
    PostgresBackupTool tool = new PostgresBackupTool(pg.url());
    java.util.Set<String> before =
        tool.tablesWithData(BackupFormat.POSTGRES_CUSTOM, archive).orElseThrow();
    String dropped = "school_house";
    assertThat(before).contains(dropped);
    new ToolRunner(pg.url())
        .run(
            List.of(
                "pg_dump",
                "--format=custom",
                "--exclude-table-data=" + dropped,
                "--file=" + archive),
            pg.url().database(),
            null,
            null);
    // a new modification time even on a file system with coarse timestamps
    java.nio.file.Files.setLastModifiedTime(
        archive, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(5)));
    assertThat(tool.tablesWithData(BackupFormat.POSTGRES_CUSTOM, archive).orElseThrow())
        .doesNotContain(dropped)
        .hasSize(before.size() - 1);
  }

  private static boolean loaded;

  private Path dump(String name, String format) throws IOException {
    if (!loaded) { // one database for the class
      pg.runResource("fixtures/postgres/backup-school.sql");
      loaded = true;
    }
    Path archive = dir.resolve(name);
    new ToolRunner(pg.url())
        .run(List.of("pg_dump", format, "--file=" + archive), pg.url().database(), null, null);
    return archive;
  }

  /** Each user table's row count, named as the checksums name tables. */
  private static Map<String, Long> rowsPerTable(Handle h) {
    Map<String, Long> rows = new TreeMap<>();
    h.createQuery(
            "SELECT tablename, (xpath('/row/c/text()', query_to_xml("
                + "format('SELECT count(*) AS c FROM %I.%I', schemaname, tablename),"
                + " false, true, '')))[1]::text::bigint"
                + " FROM pg_tables WHERE schemaname = 'public'")
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .forEach(e -> rows.put(e.getKey(), e.getValue()));
    return rows;
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
