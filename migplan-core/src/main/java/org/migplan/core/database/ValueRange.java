package org.migplan.core.database;

import java.util.Objects;

/** The smallest and largest value of a column, as text; both empty when the table is empty. */
public record ValueRange(String min, String max) {
  public ValueRange {
    min = Objects.requireNonNullElse(min, "");
    max = Objects.requireNonNullElse(max, "");
  }
}
