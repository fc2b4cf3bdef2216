package org.migplan.cli.example;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.migplan.db.testing.PostgresTestDatabase;

/**
 * A database a rename test runs Django and migplan against.
 *
 * @param connector opens a JDBC connection to it
 * @param environment what the project's settings read to reach it (and the Python to run)
 * @param url its URL for migplan
 * @param schema its schema for JDBC metadata (null on SQLite)
 */
record DatabaseUnderTest(
    Connector connector, Map<String, String> environment, String url, String schema) {

  /** Opens a connection. */
  interface Connector {
    Connection connect() throws SQLException;
  }

  Connection connect() throws SQLException {
    return connector.connect();
  }

  /**
   * The SQLite file, reached by settings through {@code settings} and {@code python}'s variables.
   */
  static DatabaseUnderTest sqlite(
      Path file, Map<String, String> settings, Map<String, String> python) {
    return new DatabaseUnderTest(
        () -> DriverManager.getConnection("jdbc:sqlite:" + file),
        merged(settings, python),
        "sqlite:///" + file,
        null);
  }

  /**
   * The test server's database, reached by settings through {@code settings} and {@code python}.
   */
  static DatabaseUnderTest postgres(
      PostgresTestDatabase postgres, Map<String, String> settings, Map<String, String> python) {
    return new DatabaseUnderTest(
        () -> postgres.jdbi().open().getConnection(),
        merged(settings, python),
        postgres.urlWithPassword(),
        "public");
  }

  private static Map<String, String> merged(Map<String, String> first, Map<String, String> then) {
    Map<String, String> environment = new TreeMap<>(first);
    environment.putAll(then);
    return environment;
  }
}
