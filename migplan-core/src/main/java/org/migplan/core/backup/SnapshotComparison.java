package org.migplan.core.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the tables of the live database with those of a restored backup or a copy. Every live
 * table must be in the copy; a critical table (the model's table and the tables referencing it)
 * must match exactly; other tables that differ are warnings (their data changed after the backup).
 * With no critical tables named, every table is critical.
 *
 * @param tables one comparison per table on either side, sorted by table
 * @param problems what blocks
 * @param warnings what does not
 */
public record SnapshotComparison(
    List<TableComparison> tables, List<String> problems, List<String> warnings) {
  public SnapshotComparison {
    tables = List.copyOf(tables);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  public static SnapshotComparison compare(
      List<TableSnapshot> live, List<TableSnapshot> copy, Set<String> critical) {
    Map<String, TableSnapshot> liveByName = byName(live);
    Map<String, TableSnapshot> copyByName = byName(copy);
    Set<String> names = new TreeSet<>(liveByName.keySet());
    names.addAll(copyByName.keySet());
    List<TableComparison> tables = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (String name : names) {
      TableSnapshot l = liveByName.get(name);
      TableSnapshot c = copyByName.get(name);
      boolean isCritical = critical.isEmpty() || critical.contains(name);
      boolean checksumMatch = l != null && c != null && l.checksum().equals(c.checksum());
      TableComparison comparison =
          new TableComparison(
              name,
              l == null ? null : l.rows(),
              c == null ? null : c.rows(),
              checksumMatch,
              isCritical);
      tables.add(comparison);
      describe(comparison)
          .ifPresent(text -> (isCritical || c == null ? problems : warnings).add(text));
    }
    return new SnapshotComparison(tables, problems, warnings);
  }

  /**
   * Checks a restored backup against the manifest written when it was taken: every table must match
   * exactly, whatever happened to the live database since.
   */
  public static List<String> againstManifest(
      List<TableSnapshot> manifest, List<TableSnapshot> copy, boolean compareChecksums) {
    if (!compareChecksums) {
      return againstManifest(countsOnly(manifest), countsOnly(copy), true);
    }
    SnapshotComparison comparison = compare(manifest, copy, Set.of());
    return comparison.problems().stream()
        .map(problem -> problem.replace("live database", "manifest"))
        .map(problem -> "backup differs from its manifest: " + problem)
        .toList();
  }

  private static List<TableSnapshot> countsOnly(List<TableSnapshot> tables) {
    return tables.stream().map(t -> new TableSnapshot(t.table(), t.rows(), "")).toList();
  }

  private static java.util.Optional<String> describe(TableComparison t) {
    if (t.liveRows() == null) {
      return java.util.Optional.of(
          "table " + t.table() + " is in the copy but not in the live database");
    }
    if (t.backupRows() == null) {
      return java.util.Optional.of("table " + t.table() + " is missing from the copy");
    }
    if (!t.liveRows().equals(t.backupRows())) {
      return java.util.Optional.of(
          "table "
              + t.table()
              + " has "
              + t.liveRows()
              + " rows in the live database but "
              + t.backupRows()
              + " in the copy");
    }
    if (!t.checksumMatch()) {
      return java.util.Optional.of(
          "table " + t.table() + " has the same row count but different content (checksum)");
    }
    return java.util.Optional.empty();
  }

  private static Map<String, TableSnapshot> byName(List<TableSnapshot> snapshots) {
    return snapshots.stream()
        .collect(
            Collectors.toMap(TableSnapshot::table, Function.identity(), (a, b) -> a, TreeMap::new));
  }
}
