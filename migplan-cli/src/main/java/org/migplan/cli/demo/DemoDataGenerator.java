package org.migplan.cli.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a database that has the madaris schema (see {@code madaris-sqlite.sql}) with students and
 * the rows that point at them: attendance, guardians, enrolments, invoices and payments, graduates,
 * notes, welfare and hostel rows.
 *
 * <p>The data is a pure function of the number of students: explicit ids, no randomness, no clock.
 * The work is a handful of set-based statements per database ({@code generate_series} on
 * PostgreSQL, recursive CTEs on SQLite), run in one transaction.
 */
public final class DemoDataGenerator {
  /** The parameter the data scripts use for the number of students. */
  public static final String STUDENTS_PARAMETER = "students";

  static final String STUDENT_TABLE = "constituents_bmparliamentmember";
  private static final Pattern INSERT_TARGET =
      Pattern.compile("\\bINSERT\\s+INTO\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

  /**
   * Inserts {@code students} students and their related rows.
   *
   * @throws IllegalStateException if the student table already has rows
   */
  public DemoDataSummary generate(Connection connection, int students) throws SQLException {
    if (students < 0) {
      throw new IllegalArgumentException("students must be >= 0, was " + students);
    }
    DemoDatabase database = DemoDatabase.of(connection);
    requireNoStudents(connection);
    SqlScript script = SqlScript.fromResource(database.dataResource());
    Map<String, Object> parameters = Map.of(STUDENTS_PARAMETER, students);

    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      Map<String, Long> inserted = new LinkedHashMap<>();
      for (SqlScript.Statement statement : script.statements()) {
        long rows = execute(connection, statement, parameters);
        insertTarget(statement.sql()).ifPresent(table -> inserted.merge(table, rows, Long::sum));
      }
      connection.commit();
      return DemoDataSummary.of(students, inserted);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static void requireNoStudents(Connection connection) throws SQLException {
    try (PreparedStatement count =
            connection.prepareStatement("SELECT COUNT(*) FROM " + STUDENT_TABLE);
        ResultSet rows = count.executeQuery()) {
      rows.next();
      if (rows.getLong(1) > 0) {
        throw new IllegalStateException(
            STUDENT_TABLE + " already has rows; demo data goes into a freshly loaded schema only");
      }
    }
  }

  private static long execute(
      Connection connection, SqlScript.Statement statement, Map<String, Object> parameters)
      throws SQLException {
    try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
      int index = 1;
      for (String name : statement.parameters()) {
        if (!parameters.containsKey(name)) {
          throw new IllegalArgumentException("no value for parameter :" + name);
        }
        prepared.setObject(index++, parameters.get(name));
      }
      boolean returnsRows = prepared.execute();
      return returnsRows ? 0 : Math.max(prepared.getUpdateCount(), 0);
    }
  }

  static Optional<String> insertTarget(String sql) {
    Matcher matcher = INSERT_TARGET.matcher(sql);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
