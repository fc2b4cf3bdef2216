package org.migplan.core.database;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What a table holds, counted in the database.
 *
 * @param rowCount the exact number of rows
 * @param estimatedRows the planner's estimate (PostgreSQL {@code reltuples}), when there is one
 * @param tableBytes the table's size on disk, when the engine tells
 * @param indexBytes the size of its indexes, when the engine tells
 * @param nullCounts NULLs per nullable column
 * @param breakdowns for each status- or choice-like column, rows per value, most frequent first
 * @param ranges min and max of the primary key and of date and datetime columns
 */
public record TableStatistics(
    long rowCount,
    OptionalLong estimatedRows,
    OptionalLong tableBytes,
    OptionalLong indexBytes,
    Map<String, Long> nullCounts,
    Map<String, Map<String, Long>> breakdowns,
    Map<String, ValueRange> ranges) {
  /** The key under which a breakdown counts NULLs. */
  public static final String NULL_VALUE = "(null)";

  public TableStatistics {
    if (rowCount < 0) {
      throw new IllegalArgumentException("a row count cannot be negative: " + rowCount);
    }
    Objects.requireNonNull(estimatedRows, "estimatedRows");
    Objects.requireNonNull(tableBytes, "tableBytes");
    Objects.requireNonNull(indexBytes, "indexBytes");
    nullCounts = Collections.unmodifiableMap(new TreeMap<>(nullCounts));
    Map<String, Map<String, Long>> sorted = new TreeMap<>();
    breakdowns.forEach((column, values) -> sorted.put(column, byFrequency(values)));
    breakdowns = Collections.unmodifiableMap(sorted);
    ranges = Collections.unmodifiableMap(new TreeMap<>(ranges));
  }

  /** Values ordered by count, most frequent first, ties by value. */
  static Map<String, Long> byFrequency(Map<String, Long> values) {
    Map<String, Long> ordered = new LinkedHashMap<>();
    values.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(ordered);
  }
}
