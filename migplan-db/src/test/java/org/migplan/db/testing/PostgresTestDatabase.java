package org.migplan.db.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Identifiers;
import org.migplan.db.postgres.PostgresDialect;

/**
 * A fresh PostgreSQL database for one test class, on the server named by {@code
 * MIGPLAN_TEST_PG_URL} (set by {@code scripts/test}); dropped after the class. Register it with
 * {@code @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();}.
 *
 * <p>The variable is required: without it the tests fail with a message saying how to run them,
 * rather than passing without a database.
 */
public final class PostgresTestDatabase implements BeforeAllCallback, AfterAllCallback {
  public static final String ENVIRONMENT_VARIABLE = "MIGPLAN_TEST_PG_URL";

  private DatabaseUrl server;
  private DatabaseUrl database;

  /** The server's URL from the environment (its database is the maintenance database). */
  public static DatabaseUrl serverUrl() {
    String value = System.getenv(ENVIRONMENT_VARIABLE);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          ENVIRONMENT_VARIABLE
              + " is not set; run the tests with ./scripts/test, which starts PostgreSQL and sets"
              + " it, or set it to postgresql://user:password@host:port/postgres");
    }
    return DatabaseUrl.parse(value);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = serverUrl();
    String name =
        ("migplan_test_"
                + context.getRequiredTestClass().getSimpleName()
                + "_"
                + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT);
    admin(handle -> handle.execute("CREATE DATABASE " + Identifiers.quote(name, '"')));
    database = server.withDatabase(name);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (database != null) {
      drop(database.database());
    }
  }

  /**
   * Drops a database, retrying for a while: WITH (FORCE) cannot end an autovacuum worker (only a
   * superuser may), so a drop that meets one waits for it to finish.
   */
  private void drop(String name) {
    String sql = "DROP DATABASE IF EXISTS " + Identifiers.quote(name, '"') + " WITH (FORCE)";
    for (int attempt = 1; ; attempt++) {
      try {
        admin(handle -> handle.execute(sql));
        return;
      } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
        if (attempt >= 40) {
          throw e;
        }
        try {
          Thread.sleep(250);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** This class's database. */
  public DatabaseUrl url() {
    return database;
  }

  /** This class's database as a Django-style URL with the password, for passing to the CLI. */
  public String urlWithPassword() {
    return "postgresql://"
        + database.user()
        + (database.password().isEmpty() ? "" : ":" + database.password())
        + "@"
        + database.host()
        + ":"
        + database.port()
        + "/"
        + database.database();
  }

  /** A read-write Jdbi on this class's database. */
  public Jdbi jdbi() {
    return new PostgresDialect().openReadWrite(database);
  }

  /** Runs a SQL script (several statements) in this class's database. */
  public void runScript(Path script) throws java.io.IOException {
    String sql = Files.readString(script, StandardCharsets.UTF_8);
    jdbi().useHandle(handle -> handle.createScript(sql).execute());
  }

  /** Runs a SQL script from the test classpath in this class's database. */
  public void runResource(String resource) {
    String sql = Resources.read(resource);
    jdbi().useHandle(handle -> handle.createScript(sql).execute());
  }

  /**
   * Makes every read of {@code table} sleep a second per row, through a row-level security policy
   * its owner is subject to: a checksum of it then runs for as many seconds as it has rows, long
   * enough to be caught running.
   */
  public void slowToRead(String table) {
    jdbi()
        .useHandle(
            h -> {
              h.execute(
                  "CREATE POLICY slow ON " + table + " USING (pg_catalog.pg_sleep(1) IS NOT NULL)");
              h.execute("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
              h.execute("ALTER TABLE " + table + " FORCE ROW LEVEL SECURITY");
            });
  }

  /**
   * migplan's statements running on this class's database whose text is like {@code query}, once
   * none is left or after about 5 seconds (a cancelled statement takes moments to end).
   */
  public long migplanStatementsRunning(String query) throws InterruptedException {
    long running = migplanStatementsRunningNow(query);
    for (int attempt = 0; attempt < 50 && running > 0; attempt++) {
      Thread.sleep(100);
      running = migplanStatementsRunningNow(query);
    }
    return running;
  }

  /** migplan's statements running now on this class's database whose text is like {@code query}. */
  public long migplanStatementsRunningNow(String query) {
    return jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT count(*) FROM pg_catalog.pg_stat_activity"
                            + " WHERE application_name LIKE 'migplan%' AND state = 'active'"
                            + " AND pid <> pg_catalog.pg_backend_pid()"
                            + " AND datname = ? AND query LIKE ?")
                    .bind(0, database.database())
                    .bind(1, query)
                    .mapTo(Long.class)
                    .one());
  }

  private void admin(java.util.function.Consumer<Handle> action) {
    new PostgresDialect().openReadWrite(server).useHandle(action::accept);
  }
}
