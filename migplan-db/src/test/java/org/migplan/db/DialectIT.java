package org.migplan.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.db.postgres.PostgresDialect;
import org.migplan.db.sqlite.SqliteDialect;
import org.migplan.db.testing.PostgresTestDatabase;
import org.migplan.db.testing.SqliteTestDatabase;

/** Quoting and read-only connections against real servers. */
class DialectIT {
  @RegisterExtension static PostgresTestDatabase postgres = new PostgresTestDatabase();

  private static final List<String> HOSTILE =
      List.of("a\"b", "MixedCase", "select", "with space", "dotted.name", "مدرسة", "x".repeat(63));

  @Test
  void hostileIdentifiersRoundTripOnPostgres() {
    roundTrip(new PostgresDialect(), postgres.jdbi());
  }

  @Test
  void hostileIdentifiersRoundTripOnSqlite(@TempDir Path directory) {
    roundTrip(new SqliteDialect(), SqliteTestDatabase.in(directory, "q.sqlite3").jdbi());
  }

  @Test
  void sourceConnectionsToPostgresCannotWrite() {
    postgres.jdbi().useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS ro_probe (id int)"));
    Jdbi readOnly = new PostgresDialect().openReadOnly(postgres.url(), Duration.ofSeconds(30));
    assertThatThrownBy(() -> readOnly.useHandle(h -> h.execute("INSERT INTO ro_probe VALUES (1)")))
        .hasMessageContaining("read-only");
    String timeout =
        readOnly.withHandle(h -> h.select("SHOW statement_timeout").mapTo(String.class).one());
    assertThat(timeout).isEqualTo("30s");
  }

  @Test
  void sourceConnectionsToSqliteCannotWriteAndNeverCreateAFile(@TempDir Path directory) {
    SqliteTestDatabase database =
        SqliteTestDatabase.in(directory, "ro.sqlite3").runSql("CREATE TABLE t (id integer);");
    Jdbi readOnly = new SqliteDialect().openReadOnly(database.url(), Duration.ofSeconds(30));
    assertThatThrownBy(() -> readOnly.useHandle(h -> h.execute("INSERT INTO t VALUES (1)")))
        .hasMessageContaining("readonly");

    DatabaseUrl missing = DatabaseUrl.sqliteFile(directory.resolve("missing.sqlite3"));
    assertThatThrownBy(() -> new SqliteDialect().openReadOnly(missing, Duration.ofSeconds(1)))
        .isInstanceOf(MigplanException.class)
        .hasMessageContaining("does not exist");
    assertThat(directory.resolve("missing.sqlite3")).doesNotExist();
  }

  @Test
  void aRefusedLoginIsOneLineWithoutThePassword() {
    DatabaseUrl wrong =
        DatabaseUrl.parse(
            "postgresql://migplan_nobody:hunter2secret@"
                + postgres.url().host()
                + ":"
                + postgres.url().port()
                + "/postgres");
    Jdbi jdbi = new PostgresDialect().openReadOnly(wrong, Duration.ofSeconds(5));
    assertThatThrownBy(() -> Connections.probe(jdbi, wrong))
        .isInstanceOf(MigplanException.class)
        .satisfies(
            e -> assertThat(((MigplanException) e).code()).isEqualTo(ErrorCode.CANNOT_CONNECT))
        .hasMessageStartingWith("cannot connect to postgresql://migplan_nobody@")
        .hasMessageNotContaining("hunter2secret")
        .hasMessageNotContaining("\n");
  }

  private static void roundTrip(Dialect dialect, Jdbi jdbi) {
    jdbi.useHandle(
        handle -> {
          for (String name : HOSTILE) {
            String table = dialect.quote("t_" + name.substring(0, Math.min(name.length(), 50)));
            String column = dialect.quote(name);
            handle.execute("CREATE TABLE " + table + " (" + column + " integer)");
            handle.execute("INSERT INTO " + table + " (" + column + ") VALUES (?)", 7);
            assertThat(
                    handle.select("SELECT " + column + " FROM " + table).mapTo(Integer.class).one())
                .as(name)
                .isEqualTo(7);
          }
        });
  }
}
