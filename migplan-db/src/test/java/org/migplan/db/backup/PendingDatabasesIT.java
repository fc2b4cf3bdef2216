package org.migplan.db.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.db.postgres.PostgresDialect;
import org.migplan.db.testing.PostgresTestDatabase;

/** A database left unmarked by a killed migplan is dropped by the next run; others are not. */
class PendingDatabasesIT {
  @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();
  @TempDir Path state;

  @Test
  void nextCreateDropsTheUnmarkedDatabaseOfADeadProcessOnly() throws Exception {
    String suffix = Long.toString(System.nanoTime());
    String orphan = "migplan_pending_orphan_" + suffix;
    String foreign = "migplan_test_foreign_" + suffix;
    String fresh = "migplan_pending_fresh_" + suffix;
    var admin = new PostgresDialect().openReadWrite(pg.url());
    admin.useHandle(h -> h.execute("CREATE DATABASE " + orphan)); // killed before COMMENT
    admin.useHandle(h -> h.execute("CREATE DATABASE " + foreign)); // not in the ledger
    String server = pg.url().host() + ":" + pg.url().port();
    long dead = deadPid();
    Files.writeString(
        state.resolve("pending-databases"), dead + "\t" + server + "\t" + orphan + "\n");
    PostgresDatabases databases = new PostgresDatabases(pg.url(), new PendingDatabases(state));
    try {
      databases.create(fresh, Optional.empty(), PostgresDatabases.SCRATCH + " test");
      assertThat(databases.exists(orphan)).isFalse();
      assertThat(databases.exists(foreign)).isTrue();
      assertThat(databases.isMarked(fresh, PostgresDatabases.SCRATCH)).isTrue();
      assertThat(Files.readString(state.resolve("pending-databases"))).isEmpty();
    } finally {
      for (String name : new String[] {orphan, foreign, fresh}) {
        admin.useHandle(h -> h.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
      }
    }
  }

  @Test
  void aLiveProcessesPendingDatabaseIsLeftAlone() {
    PendingDatabases ledger = new PendingDatabases(state);
    ledger.add("h:1", "migplan_verify_busy");
    assertThat(ledger.sweep("h:1", name -> {})).isEmpty();
    ledger.remove("h:1", "migplan_verify_busy");
    assertThat(ledger.sweep("h:1", name -> {})).isEmpty();
  }

  /** A database that cannot be cleaned up now keeps its line for the next run to try again. */
  @Test
  void aFailedCleanUpKeepsTheLedgerLine() throws Exception {
    Files.writeString(
        state.resolve("pending-databases"), deadPid() + "\th:1\tmigplan_verify_stuck\n");
    PendingDatabases ledger = new PendingDatabases(state);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                ledger.sweep(
                    "h:1",
                    name -> {
                      throw new IllegalStateException("server unreachable");
                    }))
        .hasMessage("server unreachable");
    assertThat(Files.readString(state.resolve("pending-databases")))
        .contains("migplan_verify_stuck");
    assertThat(ledger.sweep("h:1", name -> {})).containsExactly("migplan_verify_stuck");
    assertThat(Files.readString(state.resolve("pending-databases"))).isEmpty();
  }

  private static long deadPid() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();
    return process.pid();
  }
}
