package org.migplan.core.plan;

import java.util.Objects;

/**
 * A column as the catalog describes it.
 *
 * @param name the column name
 * @param type the database type as the catalog prints it
 * @param nullable whether NULL is allowed
 * @param defaultValue the default expression, {@code ""} when none
 * @param primaryKey whether it is (part of) the primary key
 */
public record ColumnFacts(
    String name, String type, boolean nullable, String defaultValue, boolean primaryKey) {
  public ColumnFacts {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    defaultValue = defaultValue == null ? "" : defaultValue;
  }
}
