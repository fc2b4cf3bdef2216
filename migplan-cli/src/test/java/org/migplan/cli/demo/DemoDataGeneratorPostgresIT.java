package org.migplan.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.db.testing.PostgresTestDatabase;
import org.migplan.db.testing.Resources;

/** Demo data on PostgreSQL, in a database created for this class (MIGPLAN_TEST_PG_URL). */
class DemoDataGeneratorPostgresIT {
  private static final int STUDENTS = 500;

  @RegisterExtension static PostgresTestDatabase postgres = new PostgresTestDatabase();

  @TempDir Path directory;

  @Test
  void insertsTheRowsTheScriptPromisesWithIntactForeignKeysAndUsableSequences() throws Exception {
    try (Handle handle = postgres.jdbi().open()) {
      Connection connection = handle.getConnection();
      try (Statement statement = connection.createStatement()) {
        String schema = Resources.read("fixtures/postgres/madaris-schema.sql");
        for (SqlScript.Statement each : SqlScript.parse(schema).statements()) {
          statement.execute(each.sql());
        }
      }
    }
    try (Handle handle = postgres.jdbi().open()) {
      Connection connection = handle.getConnection();
      DemoDataSummary summary = new DemoDataGenerator().generate(connection, STUDENTS);

      Map<String, Long> expected = DemoDataExpectations.rowCounts(STUDENTS);
      assertThat(summary.insertedRows()).isEqualTo(expected);
      assertThat(DemoDataGeneratorTest.tableCounts(connection, expected.keySet()))
          .isEqualTo(expected);
      assertThat(foreignKeyViolations(connection)).isEmpty();
      assertThat(DemoDataGeneratorTest.single(connection, DemoDataChecks.ORPHAN_HOUSEHOLD_SURVEYS))
          .as("household surveys have no FK constraint (db_constraint=False) but no orphans")
          .isZero();
      assertThat(
              DemoDataGeneratorTest.single(
                  connection, DemoDataChecks.STUDENTS_WITHOUT_DATE_OF_BIRTH))
          .isEqualTo(DemoDataExpectations.withoutDateOfBirth(STUDENTS));
      assertThat(
              DemoDataGeneratorTest.single(connection, DemoDataChecks.IMPLAUSIBLE_DATES_OF_BIRTH))
          .isZero();
      DemoDataChecks.assertAuthAndAdminData(connection, STUDENTS);
      assertSameMeaningAsOnSqlite(connection);
      assertThat(
              DemoDataGeneratorTest.single(
                  connection,
                  "INSERT INTO constituents_bmparliamentmember (name, father_name, gender, phone,"
                      + " email, admission_number, status, enrolled_on, created_at, updated_at,"
                      + " fee_concession) VALUES ('New', '', 'M', '', 'new@example.org', 'NEW-1',"
                      + " 'active', DATE '2024-01-01', now(), now(), 0) RETURNING id"))
          .as("past the students and the ids of the deleted ones")
          .isEqualTo(STUDENTS + DemoDataExpectations.deletedStudents(STUDENTS) + 1);
      assertThat(
              DemoDataGeneratorTest.single(
                  connection,
                  "INSERT INTO django_admin_log (action_time, object_id, object_repr,"
                      + " change_message, content_type_id, user_id, action_flag)"
                      + " VALUES (now(), '1', 'x', '', NULL, 1, 2) RETURNING id"))
          .isEqualTo(DemoDataExpectations.rowCounts(STUDENTS).get("django_admin_log") + 1);
    }
  }

  /** The same student count on SQLite gives the same answers to the portable queries. */
  private void assertSameMeaningAsOnSqlite(Connection postgresConnection) throws Exception {
    try (Connection sqlite =
        DemoDataGeneratorTest.sqliteWithSchema(directory.resolve("same.sqlite3"))) {
      new DemoDataGenerator().generate(sqlite, STUDENTS);
      for (String query : DemoDataExpectations.portableQueries()) {
        String onSqlite = DemoDataChecks.answer(sqlite, query);
        assertThat(onSqlite).as(query).isNotBlank();
        assertThat(DemoDataChecks.answer(postgresConnection, query)).as(query).isEqualTo(onSqlite);
      }
    }
  }

  /**
   * The PostgreSQL counterpart of SQLite's {@code PRAGMA foreign_key_check}: for every
   * single-column foreign key constraint, the referencing rows whose value has no referenced row.
   */
  private static List<String> foreignKeyViolations(Connection connection) throws SQLException {
    List<String> checks = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT c.conname, c.conrelid::regclass::text, a.attname,"
                    + " c.confrelid::regclass::text, fa.attname"
                    + " FROM pg_constraint c"
                    + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                    + " JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1]"
                    + " WHERE c.contype = 'f' AND cardinality(c.conkey) = 1"
                    + " AND c.connamespace = 'public'::regnamespace ORDER BY c.conname")) {
      while (rows.next()) {
        checks.add(
            String.format(
                "SELECT '%1$s', COUNT(*) FROM %2$s r WHERE r.%3$s IS NOT NULL AND NOT EXISTS"
                    + " (SELECT 1 FROM %4$s t WHERE t.%5$s = r.%3$s)",
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5)));
      }
    }
    assertThat(checks).hasSizeGreaterThan(20);
    List<String> violations = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      for (String check : checks) {
        try (ResultSet rows = statement.executeQuery(check)) {
          rows.next();
          if (rows.getLong(2) > 0) {
            violations.add(rows.getString(1) + ": " + rows.getLong(2) + " orphan rows");
          }
        }
      }
    }
    return violations;
  }
}
