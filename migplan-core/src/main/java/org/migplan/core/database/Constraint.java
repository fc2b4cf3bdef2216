package org.migplan.core.database;

import java.util.List;
import java.util.Objects;

/**
 * A primary key, unique or check constraint.
 *
 * @param name the constraint's name; empty when the engine keeps none (SQLite)
 * @param kind what it enforces
 * @param columns the columns it covers, when the catalog says
 * @param definition the engine's definition, e.g. {@code CHECK ((age >= 0))}
 */
public record Constraint(
    String name, ConstraintKind kind, List<String> columns, String definition) {
  public Constraint {
    name = Objects.requireNonNullElse(name, "");
    Objects.requireNonNull(kind, "kind");
    columns = List.copyOf(columns);
    definition = Objects.requireNonNullElse(definition, "");
  }
}
