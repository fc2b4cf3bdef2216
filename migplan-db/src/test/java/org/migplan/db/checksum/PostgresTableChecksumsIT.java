package org.migplan.db.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.db.testing.PostgresTestDatabase;

/** Checksums computed by a real server: what they must see and what they must not. */
class PostgresTableChecksumsIT {
  @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();

  private final PostgresTableChecksums checksums = new PostgresTableChecksums();

  @BeforeEach
  void tables() {
    pg.jdbi()
        .useHandle(
            h -> {
              h.execute("DROP SCHEMA IF EXISTS \"Odd Schema\" CASCADE");
              h.execute("DROP TABLE IF EXISTS plain_rows, \"Mixed \"\"Case\", loose_types");
              h.execute(
                  "CREATE TABLE plain_rows (id int PRIMARY KEY, name text, fee numeric(8,2),"
                      + " born date, tags text[], profile jsonb)");
              h.execute("CREATE TABLE \"Mixed \"\"Case\" (\"Select\" int, \"two words\" text)");
              // json, point and xml have no hash function: they join the row as text
              h.execute("CREATE TABLE loose_types (id int, doc json, spot point, x xml)");
              h.execute("DROP TABLE IF EXISTS \"angle<bracket>\"");
              // angle brackets in a name: the SQL must reach the server as written
              h.execute("CREATE TABLE \"angle<bracket>\" (a int)");
              h.execute("INSERT INTO \"angle<bracket>\" VALUES (1), (2)");
              h.execute("CREATE SCHEMA \"Odd Schema\"");
              h.execute("CREATE TABLE \"Odd Schema\".t (a int)");
            });
  }

  private Map<String, TableSnapshot> snapshot() {
    return pg.jdbi().withHandle(checksums::snapshot).stream()
        .collect(Collectors.toMap(TableSnapshot::table, Function.identity()));
  }

  private void execute(String... statements) {
    pg.jdbi().useHandle(h -> List.of(statements).forEach(h::execute));
  }

  @Test
  void rowOrderDoesNotMatterButEveryValueDoes() {
    execute(
        "INSERT INTO plain_rows VALUES (1, 'a', 1.50, '2001-02-03', '{x,y}', '{\"k\": 1}'),"
            + " (2, NULL, NULL, NULL, NULL, NULL), (3, 'c', 3, '2003-01-01', '{}', '[]')");
    TableSnapshot first = snapshot().get("plain_rows");
    assertThat(first.rows()).isEqualTo(3);

    execute("CREATE TABLE copy AS SELECT * FROM plain_rows ORDER BY id DESC");
    execute("TRUNCATE plain_rows", "INSERT INTO plain_rows SELECT * FROM copy", "DROP TABLE copy");
    assertThat(snapshot().get("plain_rows").checksum()).isEqualTo(first.checksum());

    for (String change :
        List.of(
            "UPDATE plain_rows SET name = 'b' WHERE id = 2",
            "UPDATE plain_rows SET fee = 1.51 WHERE id = 1",
            "UPDATE plain_rows SET born = '2001-02-04' WHERE id = 1",
            "UPDATE plain_rows SET tags = '{y,x}' WHERE id = 1",
            "UPDATE plain_rows SET profile = '{\"k\": 2}' WHERE id = 1",
            "UPDATE plain_rows SET name = '' WHERE id = 2")) {
      execute(change);
      String changed = snapshot().get("plain_rows").checksum();
      assertThat(changed).as(change).isNotEqualTo(first.checksum());
    }
  }

  @Test
  void valuesSwappedBetweenColumnsOrRowsChangeTheChecksum() {
    execute("INSERT INTO \"Mixed \"\"Case\" VALUES (1, 'one'), (2, 'two')");
    String before = snapshot().get("Mixed \"Case").checksum();
    execute(
        "UPDATE \"Mixed \"\"Case\" SET \"two words\" = CASE \"Select\" WHEN 1 THEN 'two' ELSE 'one' END");
    assertThat(snapshot().get("Mixed \"Case").checksum()).isNotEqualTo(before);
  }

  @Test
  void repeatedRowsCountInTheChecksum() {
    execute("INSERT INTO \"Mixed \"\"Case\" VALUES (1, 'a'), (1, 'a'), (2, 'b'), (2, 'b')");
    String pairs = snapshot().get("Mixed \"Case").checksum();
    execute(
        "DELETE FROM \"Mixed \"\"Case\"",
        "INSERT INTO \"Mixed \"\"Case\" VALUES (3, 'c'), (3, 'c'), (4, 'd'), (4, 'd')");
    // the same count, and an xor of the row hashes would be zero on both sides
    assertThat(snapshot().get("Mixed \"Case").checksum()).isNotEqualTo(pairs);
  }

  @Test
  void typesWithoutAHashFunctionAreHashedAsText() {
    execute(
        "INSERT INTO loose_types VALUES (1, '{\"a\": 1}', point(1, 2), '<a/>'),"
            + " (2, NULL, NULL, NULL)");
    Map<String, TableSnapshot> before = snapshot();
    assertThat(before.get("loose_types").rows()).isEqualTo(2);
    for (String change :
        List.of(
            "UPDATE loose_types SET doc = '{\"a\":1}' WHERE id = 1",
            "UPDATE loose_types SET spot = point(2, 1) WHERE id = 1",
            "UPDATE loose_types SET x = '<b/>' WHERE id = 1")) {
      String previous = snapshot().get("loose_types").checksum();
      execute(change);
      assertThat(snapshot().get("loose_types").checksum()).as(change).isNotEqualTo(previous);
    }
  }

  @Test
  void aSnapshotInsideTheCallersTransactionSurvivesTheTypeProbes() {
    execute("INSERT INTO loose_types VALUES (1, '[]', point(0, 0), '<a/>')");
    List<TableSnapshot> inTransaction =
        pg.jdbi()
            .inTransaction(
                h -> {
                  List<TableSnapshot> result = checksums.snapshotInTransaction(h);
                  // the transaction is still usable after a refused probe
                  assertThat(h.createQuery("SELECT 1").mapTo(Integer.class).one()).isEqualTo(1);
                  return result;
                });
    assertThat(inTransaction).isEqualTo(pg.jdbi().withHandle(checksums::snapshot));
    assertThat(inTransaction).extracting(TableSnapshot::table).contains("Odd Schema.t");
    assertThat(inTransaction)
        .filteredOn(t -> t.table().equals("angle<bracket>"))
        .singleElement()
        .extracting(TableSnapshot::rows)
        .isEqualTo(2L);
  }

  @Test
  void theMethodNamesTheServersMajorVersion() {
    String method = pg.jdbi().withHandle(checksums::method);
    int major =
        pg.jdbi()
            .withHandle(
                (Handle h) ->
                    h.createQuery("SELECT current_setting('server_version_num')::int / 10000")
                        .mapTo(Integer.class)
                        .one());
    assertThat(method).startsWith("postgresql-" + major + "/");
  }

  @Test
  void aQuiescentSnapshotEqualsTheTransactionalOne() {
    execute(
        "INSERT INTO plain_rows SELECT g, 'n' || g, g, NULL, NULL, NULL"
            + " FROM generate_series(1, 500) g",
        "INSERT INTO loose_types VALUES (1, '[]', point(0, 0), '<a/>')");
    assertThat(checksums.snapshotQuiescent(pg.url(), 3))
        .isEqualTo(pg.jdbi().withHandle(checksums::snapshot));
  }
}
