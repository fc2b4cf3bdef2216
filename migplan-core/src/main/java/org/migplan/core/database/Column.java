package org.migplan.core.database;

import java.util.Objects;
import java.util.Optional;

/**
 * A column as the catalog describes it.
 *
 * @param name the column's name, exact case kept
 * @param type the type as the engine spells it, e.g. {@code character varying(20)}, {@code
 *     varchar(20)}
 * @param nullable whether it accepts NULL
 * @param defaultExpression the default as the catalog shows it, if any
 * @param identity how the engine generates values ({@code identity}, {@code serial}, {@code
 *     autoincrement}), empty when it does not
 */
public record Column(
    String name,
    String type,
    boolean nullable,
    Optional<String> defaultExpression,
    String identity) {
  public Column {
    Objects.requireNonNull(name, "name");
    type = Objects.requireNonNullElse(type, "");
    Objects.requireNonNull(defaultExpression, "defaultExpression");
    identity = Objects.requireNonNullElse(identity, "");
  }
}
