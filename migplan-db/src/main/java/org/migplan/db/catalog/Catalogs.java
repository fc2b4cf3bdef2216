package org.migplan.db.catalog;

import org.jdbi.v3.core.Handle;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Dialect;

/** Picks the catalog reader for a dialect. */
public final class Catalogs {
  private Catalogs() {}

  public static Catalog of(Dialect dialect, Handle handle) {
    return switch (dialect.engine()) {
      case DatabaseUrl.POSTGRESQL -> new PostgresCatalog(dialect, handle);
      case DatabaseUrl.SQLITE -> new SqliteCatalog(dialect, handle);
      default -> throw new IllegalArgumentException("no catalog for engine " + dialect.engine());
    };
  }
}
