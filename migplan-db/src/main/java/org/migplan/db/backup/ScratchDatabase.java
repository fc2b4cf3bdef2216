package org.migplan.db.backup;

import org.migplan.db.DatabaseUrl;

/**
 * A database migplan created to restore a backup into. {@link #close()} drops it unless it is to be
 * kept; a shutdown hook drops it too when the JVM stops (Ctrl-C) before {@code close}.
 */
public interface ScratchDatabase extends AutoCloseable {
  /** The name (PostgreSQL) or file (SQLite) as shown to the user. */
  String name();

  DatabaseUrl url();

  /** Drops the database, unless it was created to be kept. */
  @Override
  void close();
}
