package org.migplan.db;

import org.migplan.db.postgres.PostgresDialect;
import org.migplan.db.sqlite.SqliteDialect;

/** Picks the dialect for a database URL. */
public final class Dialects {
  private Dialects() {}

  public static Dialect forUrl(DatabaseUrl url) {
    return switch (url.engine()) {
      case DatabaseUrl.POSTGRESQL -> new PostgresDialect();
      case DatabaseUrl.SQLITE -> new SqliteDialect();
      default -> throw new IllegalArgumentException("no dialect for engine " + url.engine());
    };
  }
}
