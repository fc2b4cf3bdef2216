package org.migplan.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo data on SQLite: counts, foreign keys, determinism. */
class DemoDataGeneratorTest {
  private static final int STUDENTS = 500;

  @TempDir Path directory;

  @Test
  void insertsTheRowsTheScriptPromisesWithIntactForeignKeys() throws Exception {
    try (Connection connection = schemaLoaded("demo.sqlite3")) {
      DemoDataSummary summary = new DemoDataGenerator().generate(connection, STUDENTS);

      Map<String, Long> expected = DemoDataExpectations.rowCounts(STUDENTS);
      assertThat(summary.insertedRows()).isEqualTo(expected);
      assertThat(tableCounts(connection, expected.keySet())).isEqualTo(expected);
      assertThat(foreignKeyViolations(connection)).isEmpty();
      assertThat(
              single(
                  connection,
                  "SELECT COUNT(*) FROM notes_note n JOIN django_content_type ct"
                      + " ON ct.id = n.content_type_id"
                      + " WHERE ct.app_label = 'constituents' AND ct.model = 'bmparliamentmember'"))
          .isEqualTo(STUDENTS / 10);
      assertThat(
              single(
                  connection,
                  "SELECT COUNT(*) FROM welfare_aid_aiddisbursement d"
                      + " JOIN constituents_bmparliamentmember s"
                      + " ON s.admission_number = d.recipient_id"))
          .isEqualTo(STUDENTS / 60);
    }
  }

  @Test
  void studentsHavePlausibleDatesOfBirthExceptAFixedFewUnknown() throws Exception {
    try (Connection connection = schemaLoaded("dob.sqlite3")) {
      new DemoDataGenerator().generate(connection, STUDENTS);
      assertThat(single(connection, DemoDataChecks.STUDENTS_WITHOUT_DATE_OF_BIRTH))
          .isEqualTo(DemoDataExpectations.withoutDateOfBirth(STUDENTS));
      assertThat(single(connection, DemoDataChecks.IMPLAUSIBLE_DATES_OF_BIRTH)).isZero();
      assertThat(single(connection, DemoDataChecks.DISTINCT_BIRTH_YEARS)).isGreaterThan(10);
    }
  }

  @Test
  void authAndAdminDataUseTheStudentModel() throws Exception {
    try (Connection connection = schemaLoaded("auth.sqlite3")) {
      new DemoDataGenerator().generate(connection, STUDENTS);
      DemoDataChecks.assertAuthAndAdminData(connection, STUDENTS);
    }
  }

  @Test
  void everyTableThatReferencesTheStudentHasRows() throws Exception {
    try (Connection connection = schemaLoaded("referencing.sqlite3")) {
      new DemoDataGenerator().generate(connection, STUDENTS);
      List<String> referencing = new ArrayList<>();
      List<String> tables = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("PRAGMA foreign_key_list(\"" + table + "\")")) {
          while (rows.next()) {
            if (rows.getString("table").equals(DemoDataGenerator.STUDENT_TABLE)) {
              referencing.add(table);
            }
          }
        }
      }
      assertThat(referencing).hasSizeGreaterThan(15);
      for (String table : referencing) {
        assertThat(single(connection, "SELECT COUNT(*) FROM " + table)).as(table).isPositive();
      }
      assertThat(single(connection, DemoDataChecks.ORPHAN_HOUSEHOLD_SURVEYS)).isZero();
      assertThat(single(connection, "SELECT COUNT(*) FROM welfare_aid_householdsurvey"))
          .isPositive();
    }
  }

  @Test
  void theSameNumberOfStudentsGivesTheSameData() throws Exception {
    String first;
    String second;
    try (Connection connection = schemaLoaded("first.sqlite3")) {
      new DemoDataGenerator().generate(connection, 137);
      first = fingerprint(connection);
    }
    try (Connection connection = schemaLoaded("second.sqlite3")) {
      new DemoDataGenerator().generate(connection, 137);
      second = fingerprint(connection);
    }
    assertThat(second).isEqualTo(first);
  }

  @Test
  void smallAndEmptyRunsKeepTheirPromises() throws Exception {
    for (int students : new int[] {0, 1, 4, 7}) {
      try (Connection connection = schemaLoaded("small-" + students + ".sqlite3")) {
        DemoDataSummary summary = new DemoDataGenerator().generate(connection, students);
        assertThat(summary.insertedRows())
            .as("%d students", students)
            .isEqualTo(DemoDataExpectations.rowCounts(students));
        assertThat(foreignKeyViolations(connection)).isEmpty();
      }
    }
  }

  @Test
  void refusesADatabaseThatAlreadyHasStudents() throws Exception {
    try (Connection connection = schemaLoaded("twice.sqlite3")) {
      new DemoDataGenerator().generate(connection, 3);
      assertThatThrownBy(() -> new DemoDataGenerator().generate(connection, 3))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already has rows");
    }
  }

  @Test
  void djangoCanKeepInsertingAfterTheExplicitIds() throws Exception {
    try (Connection connection = schemaLoaded("sequence.sqlite3")) {
      new DemoDataGenerator().generate(connection, 400);
      assertThat(
              single(
                  connection,
                  "SELECT seq FROM sqlite_sequence WHERE name = 'constituents_bmparliamentmember'"))
          .as("past the students and the ids of the deleted ones")
          .isEqualTo(400 + DemoDataExpectations.deletedStudents(400));
    }
  }

  private Connection schemaLoaded(String name) throws SQLException {
    return sqliteWithSchema(directory.resolve(name));
  }

  /** A new SQLite file with the madaris schema, foreign keys enforced. */
  static Connection sqliteWithSchema(Path file) throws SQLException {
    assertThat(Files.exists(file)).isFalse();
    Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA foreign_keys = ON");
      for (SqlScript.Statement schema : SqlScript.fromResource("madaris-sqlite.sql").statements()) {
        statement.execute(schema.sql());
      }
    }
    return connection;
  }

  static Map<String, Long> tableCounts(Connection connection, Iterable<String> tables)
      throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tables) {
      counts.put(table, single(connection, "SELECT COUNT(*) FROM " + table));
    }
    return counts;
  }

  private static List<String> foreignKeyViolations(Connection connection) throws SQLException {
    List<String> violations = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
      while (rows.next()) {
        violations.add(
            rows.getString(1) + " rowid " + rows.getLong(2) + " -> " + rows.getString(3));
      }
    }
    return violations;
  }

  static long single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** A digest over every row of every table, in table and id order. */
  private static String fingerprint(Connection connection) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    for (String table : tables) {
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1, 2")) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          StringBuilder line = new StringBuilder(table);
          for (int column = 1; column <= columns; column++) {
            line.append('|').append(rows.getString(column));
          }
          digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
