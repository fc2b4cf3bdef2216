package org.migplan.core.django;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An app's migration files as found in the sources.
 *
 * @param appLabel the app label
 * @param directory the migrations directory, relative to the project root with {@code /}
 * @param names the migration names ({@code NNNN_*} without {@code .py}), sorted
 * @param leaves the leaf migrations, those no other migration of the app depends on, sorted (empty
 *     when unknown; more than one is a conflict {@code migrate} refuses until merged)
 */
public record MigrationFiles(
    String appLabel, String directory, List<String> names, List<String> leaves) {
  private static final Pattern NUMBER = Pattern.compile("^(\\d{4})_");

  public MigrationFiles {
    Objects.requireNonNull(appLabel, "appLabel");
    Objects.requireNonNull(directory, "directory");
    names = names.stream().sorted().toList();
    leaves = leaves.stream().sorted().toList();
  }

  /** An app's files whose leaves are not known. */
  public MigrationFiles(String appLabel, String directory, List<String> names) {
    this(appLabel, directory, names, List.of());
  }

  /**
   * The newest migration, empty when the app has none: its one leaf (what a new migration depends
   * on), else the last by name.
   */
  public Optional<String> latest() {
    return latest(names, leaves);
  }

  /** Whether the app has several leaf migrations, which {@code migrate} refuses until merged. */
  public boolean conflicting() {
    return leaves.size() > 1;
  }

  /** The one leaf among {@code leaves}, else the last of {@code names}; empty when none. */
  public static Optional<String> latest(List<String> names, List<String> leaves) {
    if (leaves.size() == 1) {
      return Optional.of(leaves.get(0));
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(names.get(names.size() - 1));
  }

  /** The number a new migration of the app gets: one more than the highest. */
  public int nextNumber() {
    return names.stream()
            .map(NUMBER::matcher)
            .filter(Matcher::find)
            .mapToInt(m -> Integer.parseInt(m.group(1)))
            .max()
            .orElse(0)
        + 1;
  }
}
