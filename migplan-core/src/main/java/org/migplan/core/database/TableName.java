package org.migplan.core.database;

import java.util.Objects;

/**
 * A table as the catalog names it, exact case kept.
 *
 * @param schema the PostgreSQL schema, empty where the engine has none (SQLite)
 * @param name the table's name
 */
public record TableName(String schema, String name) implements Comparable<TableName> {
  public TableName {
    schema = Objects.requireNonNullElse(schema, "");
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a table name cannot be empty");
    }
  }

  /** A table without a schema. */
  public static TableName of(String name) {
    return new TableName("", name);
  }

  @Override
  public int compareTo(TableName other) {
    int bySchema = schema.compareTo(other.schema);
    return bySchema != 0 ? bySchema : name.compareTo(other.name);
  }

  /** The bare name; the schema is shown only when it is not {@code public}. */
  @Override
  public String toString() {
    return schema.isEmpty() || schema.equals("public") ? name : schema + "." + name;
  }
}
