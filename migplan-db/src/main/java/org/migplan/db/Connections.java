package org.migplan.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

/** Opening connections and turning driver failures into one-line, password-free errors. */
public final class Connections {
  private Connections() {}

  /**
   * A Jdbi for {@code jdbcUrl} whose SQL is sent as written: no template engine rewrites {@code
   * <name>} in it (migplan's SQL defines no attributes, and a quoted identifier may well hold angle
   * brackets), and parameters are found by {@link PlainSqlParser}, not by a generated lexer.
   */
  public static Jdbi jdbi(String jdbcUrl, java.util.Properties properties) {
    Jdbi jdbi = Jdbi.create(jdbcUrl, properties);
    jdbi.setTemplateEngine(new org.jdbi.v3.core.statement.NoTemplateEngine());
    jdbi.setSqlParser(new PlainSqlParser());
    return jdbi;
  }

  /**
   * Asks the server to cancel the statement {@code handle}'s session is running, from another
   * thread; nothing for a database that cannot be asked (SQLite's statements run in-process). A
   * query whose result is no longer wanted would otherwise run on to its end on the server: it does
   * not notice its client leave while it computes.
   */
  public static void cancel(Handle handle) {
    try {
      Connection connection = handle.getConnection();
      if (connection.isWrapperFor(org.postgresql.PGConnection.class)) {
        connection.unwrap(org.postgresql.PGConnection.class).cancelQuery();
      }
    } catch (SQLException e) {
      // the session is gone already: nothing runs on it
    }
  }

  /** Opens a handle, turning a failed connection into {@link ErrorCode#CANNOT_CONNECT}. */
  public static Handle open(Jdbi jdbi, DatabaseUrl url) {
    try {
      return jdbi.open();
    } catch (ConnectionException e) {
      throw cannotConnect(url, e.getCause() == null ? e : e.getCause());
    }
  }

  /** Checks that a JDBC connection works, closing it again. */
  public static void probe(Jdbi jdbi, DatabaseUrl url) {
    try (Handle handle = open(jdbi, url)) {
      Connection connection = handle.getConnection();
      connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw cannotConnect(url, e);
    }
  }

  public static MigplanException cannotConnect(DatabaseUrl url, Throwable cause) {
    String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    return new MigplanException(
        ErrorCode.CANNOT_CONNECT,
        "cannot connect to "
            + url.redacted()
            + ": "
            + Redaction.redact(firstLine(reason), url)
            + "; check --db (host, port, name, user, password) and that the server is running",
        cause);
  }

  /**
   * The first line of what {@code e}'s cause (else {@code e}) says: driver messages run on with
   * details and context lines.
   */
  public static String firstLineOfCause(Exception e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    return firstLine(String.valueOf(cause.getMessage()));
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return (newline >= 0 ? text.substring(0, newline) : text).strip();
  }
}
