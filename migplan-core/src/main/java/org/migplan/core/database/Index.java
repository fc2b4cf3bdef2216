package org.migplan.core.database;

import java.util.List;
import java.util.Objects;

/**
 * An index on a table.
 *
 * @param name the index's name
 * @param columns its columns in order (an expression index lists none)
 * @param unique whether it enforces uniqueness
 * @param primary whether it backs the primary key
 * @param definition the engine's own definition, e.g. {@code CREATE INDEX …}, or empty
 */
public record Index(
    String name, List<String> columns, boolean unique, boolean primary, String definition) {
  public Index {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    definition = Objects.requireNonNullElse(definition, "");
  }
}
