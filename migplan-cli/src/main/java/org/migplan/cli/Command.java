package org.migplan.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One {@code migplan <command>}. */
public interface Command {
  /** The word after {@code migplan}. */
  String name();

  /** One line for {@code migplan --help}. */
  String summary();

  /** The usage line after {@code migplan <name>}, e.g. {@code --project DIR --model LABEL}. */
  String usage();

  /** This command's options ({@code --help} and {@code --debug} are added for every command). */
  Options options();

  /**
   * Runs the command.
   *
   * @return the exit code: 0 done, 1 done with blocking findings or failed verification
   */
  int run(CommandLine line, CommandContext context) throws Exception;
}
