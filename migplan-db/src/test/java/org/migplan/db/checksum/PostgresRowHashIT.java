package org.migplan.db.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.migplan.db.testing.PostgresTestDatabase;

/**
 * Each column is hashed by a function the server picks by its own rule for the column's type: the
 * direct call must give exactly what {@code hash_record_extended} gives for the value alone (the
 * type's default hash operator class), over many types, values and NULLs.
 */
class PostgresRowHashIT {
  @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();

  private static final String TABLE = "\"public\".\"hash_types\"";

  @Test
  void eachColumnHashesAsItsTypesOwnHashFunction() {
    pg.jdbi()
        .useHandle(
            h -> {
              h.execute("DROP TABLE IF EXISTS hash_types");
              h.execute("DROP DOMAIN IF EXISTS short_code");
              h.execute("DROP TYPE IF EXISTS mood");
              h.execute("CREATE DOMAIN short_code AS varchar(10)");
              h.execute("CREATE TYPE mood AS ENUM ('calm', 'busy')");
              h.execute(
                  "CREATE TABLE hash_types (a smallint, b integer, c bigint, d varchar(20),"
                      + " e text, f char(3), g numeric(9,3), h date, i timestamptz,"
                      + " j timestamp, k boolean, l uuid, m jsonb, n inet, o interval, p bytea,"
                      + " q double precision, r time, s text[], t short_code, u mood,"
                      + " v int4range, w \"char\", x name, y oid, z cidr)");
              h.execute(
                  "INSERT INTO hash_types VALUES (1, 2, 3, 'Élève', 'text', 'ab', 12.5,"
                      + " '2024-02-29', '2024-01-01 10:00+02', '2024-01-01 10:00', true,"
                      + " 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\": [1, 2]}',"
                      + " '10.0.0.1/8', '1 day', '\\x00ff', 1.5, '10:00', '{a,b}', 'x1',"
                      + " 'busy', '[1,5)', 'q', 'nm', 7, '10.0.0.0/8'),"
                      + " (-1, 0, -3, 'ab  ', '', '', -0.001, '1999-12-31', NULL, NULL, false,"
                      + " NULL, 'null', NULL, '-1 hour', '', 'NaN', NULL, '{}', '', 'calm',"
                      + " 'empty', NULL, '', 0, NULL),"
                      + " (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                      + " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                      + " NULL, NULL, NULL, NULL)");
              PostgresRowHash hash = PostgresRowHash.of(h);
              List<String> terms = hash.columnHashes(h, TABLE);
              List<String> names =
                  h.createQuery(
                          "SELECT attname FROM pg_attribute WHERE attrelid = 'hash_types'::regclass"
                              + " AND attnum > 0 ORDER BY attnum")
                      .mapTo(String.class)
                      .list();
              assertThat(terms).hasSize(names.size());
              for (int i = 0; i < terms.size(); i++) {
                int position = i + 1;
                // a NULL hashes as the column's position in a direct call, as 0 in a record
                String column = "r." + names.get(i);
                String expected =
                    "CASE WHEN "
                        + column
                        + " IS NULL THEN "
                        + terms.get(i)
                        + " ELSE pg_catalog.hash_record_extended(ROW("
                        + column
                        + "), "
                        + position
                        + ") END";
                long differing =
                    h.createQuery(
                            "SELECT count(*) FROM "
                                + TABLE
                                + " r WHERE "
                                + terms.get(i)
                                + " IS DISTINCT FROM "
                                + expected)
                        .mapTo(Long.class)
                        .one();
                assertThat(differing).as("column %s: %s", names.get(i), terms.get(i)).isZero();
              }
              // the common types are hashed by a direct call, not by building a record
              assertThat(terms.get(1)).contains("pg_catalog.hashint4extended(r.b, 2)");
              assertThat(terms.get(3)).contains("pg_catalog.hashtextextended(r.d, 4)");
              assertThat(terms.get(6)).contains("pg_catalog.hash_numeric_extended(r.g, 7)");
              assertThat(terms.get(12)).contains("pg_catalog.jsonb_hash_extended(r.m, 13)");
              assertThat(terms.get(19)).as("a domain over varchar").contains("hashtextextended(");
              // no direct function takes a timestamptz: it goes through a record, never through
              // a conversion that would depend on the session's time zone
              assertThat(terms.get(8)).contains("hash_record_extended(ROW(r.i), 9)");
            });
  }
}
