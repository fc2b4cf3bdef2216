package org.migplan.db.backup;

import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.db.DatabaseUrl;

/** A marked scratch database on the live server, dropped on close (and on JVM exit). */
final class PostgresScratchDatabase implements ScratchDatabase {
  private static final int ATTEMPTS = 3;

  private final PostgresDatabases databases;
  private final String name;
  private final boolean keep;
  private final Runnable drop;

  PostgresScratchDatabase(PostgresDatabases databases, String name, boolean keep) {
    this.databases = databases;
    this.name = name;
    this.keep = keep;
    this.drop = keep ? () -> {} : Cleanups.onExit("scratch database " + name, this::dropNow);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public DatabaseUrl url() {
    return databases.url(name);
  }

  @Override
  public void close() {
    drop.run();
  }

  /** Drops the database, retrying when the connection was lost. */
  private void dropNow() {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        databases.dropMarked(name, PostgresDatabases.SCRATCH);
        return;
      } catch (MigplanException e) {
        if (e.code() == ErrorCode.REFUSED) {
          throw e;
        }
        last = e;
        sleep(attempt);
      }
    }
    throw new MigplanException(
        ErrorCode.DATABASE_ERROR,
        "could not drop the scratch database "
            + name
            + " ("
            + last.getMessage()
            + "); drop it by hand: DROP DATABASE "
            + name
            + ";",
        last);
  }

  private static void sleep(int attempt) {
    try {
      Thread.sleep(500L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
