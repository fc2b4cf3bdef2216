package org.migplan.db.postgres;

import java.time.Duration;
import java.util.Properties;
import org.jdbi.v3.core.Jdbi;
import org.migplan.core.model.EngineTraits;
import org.migplan.db.Connections;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Dialect;

/** PostgreSQL: catalog queries over {@code pg_catalog}, and pg_dump / pg_restore / psql. */
public final class PostgresDialect implements Dialect {
  /**
   * A condition on {@code n}, a row of {@code pg_namespace}, that keeps the schemas holding the
   * user's tables: not the system catalogs, not TOAST, not another session's temporary schema (none
   * of which a dump holds).
   */
  public static final String USER_SCHEMAS =
      "n.nspname NOT IN ('pg_catalog', 'information_schema')"
          + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";

  @Override
  public String engine() {
    return DatabaseUrl.POSTGRESQL;
  }

  @Override
  public char quoteCharacter() {
    return '"';
  }

  @Override
  public EngineTraits traits() {
    return EngineTraits.POSTGRESQL;
  }

  @Override
  public Jdbi openReadOnly(DatabaseUrl url, Duration statementTimeout) {
    Properties properties = properties(url);
    properties.setProperty(
        "options",
        "-c default_transaction_read_only=on -c statement_timeout=" + statementTimeout.toMillis());
    properties.setProperty("readOnly", "true");
    properties.setProperty("ApplicationName", "migplan (read-only)");
    return Connections.jdbi(jdbcUrl(url), properties);
  }

  @Override
  public Jdbi openReadWrite(DatabaseUrl url) {
    Properties properties = properties(url);
    properties.setProperty("ApplicationName", "migplan");
    return Connections.jdbi(jdbcUrl(url), properties);
  }

  /** The JDBC URL without credentials (they travel as properties). */
  public static String jdbcUrl(DatabaseUrl url) {
    String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
    return "jdbc:postgresql://"
        + host
        + ":"
        + url.port()
        + "/"
        + java.net.URLEncoder.encode(url.database(), java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
  }

  private static Properties properties(DatabaseUrl url) {
    Properties properties = new Properties();
    url.parameters().forEach(properties::setProperty);
    if (!url.user().isEmpty()) {
      properties.setProperty("user", url.user());
    }
    url.passwordIfAny().ifPresent(password -> properties.setProperty("password", password));
    properties.setProperty("connectTimeout", "10");
    return properties;
  }
}
