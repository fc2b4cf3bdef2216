package org.migplan.db.sqlite;

import java.nio.file.Files;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.model.EngineTraits;
import org.migplan.db.Connections;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Dialect;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** SQLite: catalog queries over {@code sqlite_master} and pragmas, and the online backup. */
public final class SqliteDialect implements Dialect {

  @Override
  public String engine() {
    return DatabaseUrl.SQLITE;
  }

  @Override
  public char quoteCharacter() {
    return '"';
  }

  @Override
  public EngineTraits traits() {
    return EngineTraits.SQLITE;
  }

  /** Opens the file read-only; a missing file is an error, never a new empty database. */
  @Override
  public Jdbi openReadOnly(DatabaseUrl url, Duration statementTimeout) {
    if (!Files.isRegularFile(url.sqlitePath())) {
      throw new MigplanException(
          ErrorCode.CANNOT_CONNECT,
          "SQLite database "
              + url.sqlitePath()
              + " does not exist; check --db (sqlite:///relative/path or sqlite:////absolute/path)");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.READONLY);
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, statementTimeout.toMillis()));
    Jdbi jdbi = Connections.jdbi("jdbc:sqlite:" + url.sqlitePath(), config.toProperties());
    jdbi.getConfig(SqlStatements.class)
        .setQueryTimeout((int) Math.max(1, statementTimeout.toSeconds()));
    return jdbi;
  }

  @Override
  public Jdbi openReadWrite(DatabaseUrl url) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(30_000);
    return Connections.jdbi("jdbc:sqlite:" + url.sqlitePath(), config.toProperties());
  }
}
