package org.migplan.cli.demo;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link DemoDataGenerator} inserted.
 *
 * @param students the number of students asked for
 * @param insertedRows rows inserted per table, by table name
 */
public record DemoDataSummary(int students, SortedMap<String, Long> insertedRows) {

  public DemoDataSummary {
    insertedRows = Collections.unmodifiableSortedMap(new TreeMap<>(insertedRows));
  }

  public static DemoDataSummary of(int students, Map<String, Long> insertedRows) {
    return new DemoDataSummary(students, new TreeMap<>(insertedRows));
  }

  public long totalRows() {
    return insertedRows.values().stream().mapToLong(Long::longValue).sum();
  }
}
