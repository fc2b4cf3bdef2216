package org.migplan.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.backup.BackupVerification;
import org.migplan.core.backup.TableComparison;
import org.migplan.db.testing.PostgresTestDatabase;

/**
 * Tables whose rows a restore brings in through other tables' data, checksummed while pg_restore
 * runs: a parent that another table inherits from (its checksum reads the child's rows too; its own
 * small data is in long before its large child's) and a partitioned table, which has no data of its
 * own in the archive's table of contents, only its partitions have.
 */
class PostgresInheritedTablesVerifyIT {
  @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();
  @TempDir Path dir;

  @Test
  void parentsAndPartitionedTablesMatchTheLiveDatabase() throws IOException {
    pg.jdbi()
        .useHandle(
            h -> {
              h.execute("CREATE TABLE school_person (id int PRIMARY KEY, name text)");
              h.execute("CREATE TABLE school_teacher (subject text) INHERITS (school_person)");
              h.execute("INSERT INTO school_person VALUES (1, 'only the parent')");
              h.execute(
                  "INSERT INTO school_teacher SELECT g, 'teacher ' || g, 'maths'"
                      + " FROM generate_series(2, 200001) g");
              h.execute(
                  "CREATE TABLE school_mark (term int NOT NULL, score int)"
                      + " PARTITION BY RANGE (term)");
              h.execute(
                  "CREATE TABLE school_mark_1 PARTITION OF school_mark FOR VALUES FROM (1) TO (2)");
              h.execute(
                  "CREATE TABLE school_mark_2 PARTITION OF school_mark FOR VALUES FROM (2) TO (3)");
              h.execute(
                  "INSERT INTO school_mark SELECT 1 + g % 2, g FROM generate_series(1, 50000) g");
            });
    Path archive = dir.resolve("school.dump");
    new ToolRunner(pg.url())
        .run(
            List.of("pg_dump", "--format=custom", "--file=" + archive),
            pg.url().database(),
            null,
            null);

    BackupVerification result =
        new BackupVerifier(pg.url())
            .verify(
                archive,
                PostgresBackupVerifierIT.options(archive, false, "school_person", Instant.now()));

    assertThat(result.problems()).isEmpty();
    assertThat(result.verified()).isTrue();
    assertThat(result.tables())
        .extracting(TableComparison::table)
        .containsExactly("school_mark", "school_person", "school_teacher");
    assertThat(result.tables()).allMatch(TableComparison::matches);
    assertThat(result.tables())
        .filteredOn(t -> t.table().equals("school_person"))
        .singleElement()
        .satisfies(t -> assertThat(t.backupRows()).as("with its child's rows").isEqualTo(200001L));
    assertThat(result.tables())
        .filteredOn(t -> t.table().equals("school_mark"))
        .singleElement()
        .satisfies(t -> assertThat(t.backupRows()).isEqualTo(50000L));
  }
}
