package org.migplan.core.stage;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixture {@code migplan stage --fixture} wrote from a staging copy, recorded with the copy so
 * that {@code plan --staging} can name it and check it is unchanged.
 *
 * @param path the fixture file, absolute
 * @param sha256 the file's SHA-256, hex
 * @param objects how many objects it holds
 */
public record FixtureRecord(String path, String sha256, long objects) {
  private static final String PREFIX = "fixture: ";
  private static final Pattern LINE =
      Pattern.compile("^fixture: (.+) sha256=([0-9a-f]{64}) objects=(\\d+)$", Pattern.MULTILINE);

  public FixtureRecord {
    Objects.requireNonNull(path, "path");
    if (path.contains("\n") || !sha256.matches("[0-9a-f]{64}") || objects < 0) {
      throw new IllegalArgumentException("not a fixture record: " + path + " " + sha256);
    }
  }

  /** The record as one line of a staging marker. */
  public String line() {
    return PREFIX + path + " sha256=" + sha256 + " objects=" + objects;
  }

  /** The marker text with this record as its fixture line (any earlier one replaced). */
  public String into(String marker) {
    String without = LINE.matcher(marker).replaceAll("").strip();
    return without + "\n" + line();
  }

  /** The fixture line of a staging marker, if it has one. */
  public static Optional<FixtureRecord> from(String marker) {
    Matcher matcher = LINE.matcher(marker);
    return matcher.find()
        ? Optional.of(
            new FixtureRecord(matcher.group(1), matcher.group(2), Long.parseLong(matcher.group(3))))
        : Optional.empty();
  }
}
