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
 */
public record MigrationFiles(String appLabel, String directory, List<String> names) {
  private static final Pattern NUMBER = Pattern.compile("^(\\d{4})_");

  public MigrationFiles {
    Objects.requireNonNull(appLabel, "appLabel");
    Objects.requireNonNull(directory, "directory");
    names = names.stream().sorted().toList();
  }

  /** The newest migration, empty when the app has none. */
  public Optional<String> latest() {
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
