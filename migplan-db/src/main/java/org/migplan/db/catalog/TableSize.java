package org.migplan.db.catalog;

import java.util.OptionalLong;

/** What the catalog says about a table's size without counting its rows. */
public record TableSize(
    OptionalLong estimatedRows, OptionalLong tableBytes, OptionalLong indexBytes) {
  public static final TableSize UNKNOWN =
      new TableSize(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());
}
