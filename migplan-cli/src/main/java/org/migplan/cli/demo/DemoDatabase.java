package org.migplan.cli.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the demo data exists for, each with its own set-based SQL. */
public enum DemoDatabase {
  POSTGRESQL("demo-data-postgres.sql"),
  SQLITE("demo-data-sqlite.sql");

  private final String dataResource;

  DemoDatabase(String dataResource) {
    this.dataResource = dataResource;
  }

  /** The data script, a resource in this package. */
  public String dataResource() {
    return dataResource;
  }

  /** Which database a connection talks to, from the driver's product name. */
  public static DemoDatabase of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    String normalized = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (normalized.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (normalized.contains("sqlite")) {
      return SQLITE;
    }
    throw new IllegalArgumentException("no demo data for " + product);
  }
}
