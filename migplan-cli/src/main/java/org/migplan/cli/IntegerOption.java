package org.migplan.cli;

import org.apache.commons.cli.CommandLine;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

/** A whole-number option within bounds; anything else is a usage error that names the bounds. */
final class IntegerOption {
  private IntegerOption() {}

  /**
   * The value of {@code --option}, {@code fallback} when it is not given.
   *
   * @param what what the value counts, for the error: "a number of students"
   */
  static int value(CommandLine line, String option, int fallback, int min, int max, String what) {
    return parse(
        "--" + option, line.getOptionValue(option, String.valueOf(fallback)), min, max, what, "");
  }

  /**
   * {@code value} as a whole number from {@code min} to {@code max}; else a usage error naming
   * {@code name} (an option or an environment variable), ending in {@code hint}.
   */
  static int parse(String name, String value, int min, int max, String what, String hint) {
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new MigplanException(
        ErrorCode.USAGE,
        name + " '" + value + "' is not " + what + " from " + min + " to " + max + hint);
  }
}
