package org.migplan.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.testing.PostgresTestDatabase;
import org.migplan.db.testing.SqliteTestDatabase;

class ReferencingTablesIT {
  @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();

  @BeforeAll
  static void load() {
    pg.runResource("fixtures/postgres/backup-school.sql");
    pg.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "CREATE SCHEMA office; CREATE TABLE office.letter"
                        + " (id integer PRIMARY KEY, student_id integer REFERENCES school_student)"));
  }

  @Test
  void postgresNamesReferencingTablesAsTheChecksumsDo() {
    assertThat(references(pg.jdbi(), pg.url(), "school_student"))
        .containsExactly("office.letter", "school_enrolment", "school_student");
    assertThat(references(pg.jdbi(), pg.url(), "office.letter")).containsExactly("office.letter");
  }

  /** A project whose tables live in a schema of their own names them bare, as Django does. */
  @Test
  void aBareNameIsFoundOnTheSearchPath() {
    Set<String> found =
        pg.jdbi()
            .withHandle(
                h -> {
                  h.execute(
                      "CREATE SCHEMA IF NOT EXISTS club;"
                          + " CREATE TABLE IF NOT EXISTS club.club_member (id integer PRIMARY KEY);"
                          + " CREATE TABLE IF NOT EXISTS club.club_card"
                          + " (id integer PRIMARY KEY, member_id integer REFERENCES club.club_member);"
                          + " SET search_path TO club, public");
                  try {
                    return ReferencingTables.withReferences(h, pg.url(), "club_member");
                  } finally {
                    h.execute("RESET search_path");
                  }
                });

    assertThat(found).containsExactly("club.club_card", "club.club_member");
  }

  @Test
  void sqliteFindsTheTablesReferencingTheModel(@TempDir Path dir) {
    SqliteTestDatabase db =
        SqliteTestDatabase.in(dir, "school.sqlite3")
            .runResource("fixtures/sqlite/backup-school.sql");
    assertThat(references(db.jdbi(), db.url(), "school_student"))
        .containsExactly("school_enrolment", "school_student");
    assertThat(references(db.jdbi(), db.url(), "school_house"))
        .containsExactly("school_house", "school_student");
  }

  private static Set<String> references(Jdbi jdbi, DatabaseUrl url, String table) {
    return jdbi.withHandle(h -> ReferencingTables.withReferences(h, url, table));
  }
}
