package org.migplan.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

/** {@code --format text|json}, shared by every command that can print JSON. */
final class FormatOption {
  static final String FORMAT = "format";

  private FormatOption() {}

  static Option option() {
    return Option.builder()
        .longOpt(FORMAT)
        .hasArg()
        .argName("FORMAT")
        .desc("text (default) or json")
        .build();
  }

  /** {@code true} for json, {@code false} for text; anything else is a usage error. */
  static boolean json(CommandLine line) {
    String format = line.getOptionValue(FORMAT, "text");
    return switch (format) {
      case "text" -> false;
      case "json" -> true;
      default ->
          throw new MigplanException(
              ErrorCode.USAGE, "--format '" + format + "' is not a format; use text or json");
    };
  }
}
