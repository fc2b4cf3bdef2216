package org.migplan.db.backup;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.db.Connections;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Identifiers;
import org.migplan.db.postgres.PostgresDialect;

/**
 * Creating and dropping the databases migplan owns on a PostgreSQL server. Each carries a comment
 * starting with a mark ({@link #SCRATCH} or {@link #STAGING}); migplan drops a database only after
 * reading that mark, so it never drops one it did not create.
 */
public final class PostgresDatabases {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(PostgresDatabases.class);
  public static final String SCRATCH = "migplan scratch";
  public static final String STAGING = "migplan staging";
  private static final List<String> MAINTENANCE = List.of("postgres", "template1");

  private final DatabaseUrl server;
  private final ToolRunner tools;
  private final PendingDatabases pending;
  private volatile Jdbi maintenance;

  /** The server of {@code url} (any database on it). */
  public PostgresDatabases(DatabaseUrl url) {
    this(url, PendingDatabases.standard());
  }

  PostgresDatabases(DatabaseUrl url, PendingDatabases pending) {
    this.server = url;
    this.tools = new ToolRunner(url);
    this.pending = pending;
  }

  public boolean exists(String name) {
    return withAdmin(
        h ->
            h.createQuery("SELECT count(*) FROM pg_catalog.pg_database WHERE datname = ?")
                    .bind(0, name)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** Replaces the comment of a database migplan marked, keeping its mark at the start. */
  public void setComment(String name, String comment) {
    useAdmin(h -> h.execute("COMMENT ON DATABASE " + quote(name) + " IS " + literal(comment)));
  }

  /** The database's comment, empty when it has none. */
  public Optional<String> comment(String name) {
    return withAdmin(
        h ->
            h.createQuery(
                    "SELECT pg_catalog.shobj_description(oid, 'pg_database')"
                        + " FROM pg_catalog.pg_database WHERE datname = ?")
                .bind(0, name)
                .mapTo(String.class)
                .findOne());
  }

  public boolean isMarked(String name, String mark) {
    return comment(name).map(c -> c.startsWith(mark)).orElse(false);
  }

  /** Sessions on {@code name} other than migplan's own admin session. */
  public int otherSessions(String name) {
    return withAdmin(
        h ->
            h.createQuery(
                    "SELECT count(*) FROM pg_catalog.pg_stat_activity"
                        + " WHERE datname = ? AND pid <> pg_backend_pid()")
                .bind(0, name)
                .mapTo(Integer.class)
                .one());
  }

  /** Creates {@code name} (from {@code template}, else empty) and marks it with {@code comment}. */
  public void create(String name, Optional<String> template, String comment) {
    String sql =
        "CREATE DATABASE " + quote(name) + " TEMPLATE " + quote(template.orElse("template0"));
    String serverKey = server.host() + ":" + server.port();
    LOG.debug("creating database {}", name);
    pending.sweep(serverKey, this::dropIfUnmarked);
    pending.add(serverKey, name);
    LOG.debug("pending ledger written");
    boolean[] created = {false};
    boolean[] marked = {false};
    String mark = "COMMENT ON DATABASE " + quote(name) + " IS " + literal(comment);
    try {
      if (template.isEmpty()) {
        // psql connects in a few milliseconds where a JVM's first JDBC session takes a few
        // hundred, and an empty scratch database is what a verification waits for first; one
        // session creates and marks it, saying between the two that the database is made
        Script run = psqlScript(name, sql + ";\n\\echo created\n" + mark + ";\n");
        created[0] = run.out().contains("created");
        run.failure()
            .ifPresent(
                failure -> {
                  throw failure;
                });
        marked[0] = true;
        LOG.debug("created and marked database {}", name);
      } else {
        // a template must have no other session, so this runs from a maintenance database
        useAdmin(
            h -> {
              h.execute(sql);
              created[0] = true;
              h.execute(mark);
              marked[0] = true;
            });
      }
    } finally {
      // the line goes once the database is marked, or when this CREATE did not make it (the name
      // may be someone else's); after a failed COMMENT it stays, so a later run drops the
      // unmarked database
      try {
        if (!created[0] || marked[0] || comment(name).isPresent()) {
          pending.remove(serverKey, name);
        }
      } catch (MigplanException e) {
        // the server went away: the line stays for a later run
      }
    }
  }

  /** What a psql script printed, and how it failed if it did. */
  record Script(String out, Optional<ToolFailedException> failure) {}

  /**
   * Runs a psql script (SQL and psql's own commands) about the database {@code about}; it stops at
   * the first error, whose SQLSTATE its message carries. psql connects to the server's own database
   * unless that is {@code about} (a staging copy's URL names the copy, which may not exist yet and
   * cannot be dropped from inside), else to a maintenance database; one whose server refused the
   * connection is passed over for the next. A script whose session went bad after it started is not
   * run again (psql's exit 2 either way): it may have done part of its work.
   */
  Script psqlScript(String about, String script) {
    List<String> databases = new java.util.ArrayList<>();
    databases.add(server.database());
    databases.addAll(MAINTENANCE);
    databases = databases.stream().distinct().filter(d -> !d.equals(about)).toList();
    List<String> command =
        List.of(
            "psql",
            "-X",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            "-v",
            "VERBOSITY=verbose",
            "-f",
            "-");
    ToolFailedException unreachable = null;
    for (String database : databases) {
      java.nio.file.Path out = null;
      try {
        out = java.nio.file.Files.createTempFile("migplan-", ".out");
        try {
          tools.run(
              command,
              database,
              out,
              new java.io.ByteArrayInputStream(
                  script.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
          return new Script(java.nio.file.Files.readString(out), Optional.empty());
        } catch (ToolFailedException e) {
          if (e.exitCode() != PSQL_CANNOT_CONNECT || !refusedBeforeTheScript(e)) {
            return new Script(java.nio.file.Files.readString(out), Optional.of(e));
          }
          unreachable = e;
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } finally {
        if (out != null) {
          out.toFile().delete();
        }
      }
    }
    throw unreachable;
  }

  /** psql's exit status when it could not connect, or its session went bad. */
  private static final int PSQL_CANNOT_CONNECT = 2;

  /**
   * Whether psql's failure came before it read the script, from a server that refused the database
   * (a message without a script location, carrying the server's FATAL): another database may do. An
   * unreachable server would refuse the next one too.
   */
  private static boolean refusedBeforeTheScript(ToolFailedException e) {
    return e.firstError().startsWith("psql: error:") && e.firstError().contains("FATAL");
  }

  /**
   * A database a killed migplan created but did not mark (see {@link PendingDatabases}): dropped
   * when it is still unmarked; true when nothing of it is left unmarked.
   */
  private void dropIfUnmarked(String name) {
    if (exists(name) && comment(name).isEmpty()) {
      useAdmin(h -> dropForced(h, name));
    }
  }

  /**
   * Drops {@code name} if it carries {@code mark}; refuses otherwise. Other sessions are
   * disconnected (WITH (FORCE)). Runs psql, as {@link #create} does: a JDBC session would cost the
   * JVM a password exchange at the end of every verification.
   */
  public void dropMarked(String name, String mark) {
    LOG.debug("dropping database {}", name);
    // one session reads the mark and drops; it says what it found
    String about =
        "SELECT pg_catalog.shobj_description(oid, 'pg_database') FROM pg_catalog.pg_database WHERE datname = "
            + literal(name);
    String script =
        "SELECT EXISTS ("
            + about
            + ") AS found, coalesce(pg_catalog.left(("
            + about
            + "), "
            + mark.length()
            + ") = "
            + literal(mark)
            + ", false) AS ours \\gset\n"
            + "\\if :found\n\\if :ours\n"
            + "DROP DATABASE IF EXISTS "
            + quote(name)
            + " WITH (FORCE);\n\\echo dropped\n"
            + "\\else\n\\echo not-ours\n\\endif\n\\else\n\\echo absent\n\\endif\n";
    long deadline = System.nanoTime() + DROP_PATIENCE.toNanos();
    while (true) {
      Script run = psqlScript(name, script);
      if (run.out().contains("not-ours")) {
        throw new MigplanException(
            ErrorCode.REFUSED,
            "database "
                + name
                + " was not created by migplan (its comment does not start with '"
                + mark
                + "'); migplan will not drop it");
      }
      if (run.failure().isEmpty()) {
        LOG.debug("dropped database {} ({})", name, run.out().strip());
        return;
      }
      ToolFailedException e = run.failure().get();
      // see dropForced: an autovacuum worker a non-superuser may not end
      if (!e.firstError().contains(" 42501:") || System.nanoTime() > deadline) {
        throw e;
      }
      pause(e);
    }
  }

  /**
   * {@code DROP DATABASE … WITH (FORCE)}, waiting for autovacuum: FORCE ends other sessions, but a
   * role without superuser may not end an autovacuum worker (SQLSTATE 42501), which a freshly
   * restored database often has. The worker finishes or yields soon, so the drop is retried for up
   * to {@link #DROP_PATIENCE}.
   */
  private static void dropForced(Handle handle, String name) {
    long deadline = System.nanoTime() + DROP_PATIENCE.toNanos();
    while (true) {
      try {
        handle.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
        return;
      } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
        boolean privilege =
            e.getCause() instanceof java.sql.SQLException sql && "42501".equals(sql.getSQLState());
        if (!privilege || System.nanoTime() > deadline) {
          throw e;
        }
        pause(e);
      }
    }
  }

  private static void pause(RuntimeException retrying) {
    try {
      Thread.sleep(250);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw retrying;
    }
  }

  /** The server's URL for {@code name}, with the same credentials. */
  public DatabaseUrl url(String name) {
    return server.withDatabase(name);
  }

  private <T> T withAdmin(org.jdbi.v3.core.HandleCallback<T, RuntimeException> callback) {
    try (Handle handle = admin()) {
      return callback.withHandle(handle);
    } catch (JdbiException e) {
      throw new MigplanException(
          ErrorCode.DATABASE_ERROR,
          "PostgreSQL refused an administrative statement on "
              + server.redacted()
              + ": "
              + Connections.firstLineOfCause(e)
              + "; the user needs CREATEDB to let migplan create its scratch and staging databases",
          e);
    }
  }

  private void useAdmin(java.util.function.Consumer<Handle> action) {
    withAdmin(
        h -> {
          action.accept(h);
          return null;
        });
  }

  /** A session on a maintenance database, so that no session holds the source or the copy. */
  private Handle admin() {
    if (maintenance != null) {
      return maintenance.open();
    }
    RuntimeException last = null;
    for (String database : MAINTENANCE) {
      Jdbi jdbi = new PostgresDialect().openReadWrite(server.withDatabase(database));
      try {
        Handle handle = jdbi.open();
        maintenance = jdbi;
        return handle;
      } catch (JdbiException e) {
        last = e;
      }
    }
    throw Connections.cannotConnect(server, last.getCause() == null ? last : last.getCause());
  }

  private static final java.time.Duration DROP_PATIENCE = java.time.Duration.ofSeconds(30);

  private static String quote(String name) {
    return Identifiers.quote(name, '"');
  }

  /**
   * A string literal that reads the same whatever {@code standard_conforming_strings} is: an escape
   * string, backslashes and quotes doubled.
   */
  private static String literal(String text) {
    return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
  }
}
