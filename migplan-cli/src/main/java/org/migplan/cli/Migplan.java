package org.migplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** Git-style dispatch: {@code migplan <command> [options]}, help, version and exit codes. */
public final class Migplan {
  static final int WIDTH = 100;
  private final List<Command> commands;

  public Migplan(List<Command> commands) {
    this.commands = List.copyOf(commands);
  }

  /** Runs one invocation and returns the process exit code. */
  public int run(String[] args, CommandContext context) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      context.out().print(overview());
      return args.length == 0 ? ExitCodes.USAGE : ExitCodes.OK;
    }
    if (args[0].equals("--version")) {
      context.out().println("migplan " + version());
      return ExitCodes.OK;
    }
    Optional<Command> command = commands.stream().filter(c -> c.name().equals(args[0])).findFirst();
    if (command.isEmpty()) {
      String what = args[0].startsWith("-") ? "option" : "command";
      return ExitCodes.usage(
          context, "unknown " + what + " '" + args[0] + "'; run 'migplan --help' for the commands");
    }
    return run(command.get(), Arrays.copyOfRange(args, 1, args.length), context);
  }

  private int run(Command command, String[] args, CommandContext context) {
    Options options = withCommonOptions(command.options());
    boolean debug = Arrays.asList(args).contains("--debug");
    if (Arrays.asList(args).contains("--help")) {
      context.out().print(help(command));
      return ExitCodes.OK;
    }
    CommandLine line;
    try {
      line = new DefaultParser(false).parse(options, args);
    } catch (ParseException e) {
      return ExitCodes.usage(context, parseError(command, e));
    }
    if (line.hasOption("help")) {
      context.out().print(help(command));
      return ExitCodes.OK;
    }
    if (!line.getArgList().isEmpty()) {
      return ExitCodes.usage(
          context,
          "unexpected argument '"
              + line.getArgList().get(0)
              + "'; run 'migplan "
              + command.name()
              + " --help' for its options");
    }
    try {
      return command.run(line, context);
    } catch (Exception e) {
      return ExitCodes.failure(context, e, debug);
    }
  }

  /** The text of {@code migplan --help}. */
  public String overview() {
    StringBuilder text = new StringBuilder();
    text.append("usage: migplan <command> [options]\n\n");
    text.append(
        "Plans a Django model rename from verified facts: data, relationships, backups.\n\n");
    text.append("Commands:\n");
    int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
    for (Command command : commands) {
      text.append(String.format("  %-" + width + "s  %s%n", command.name(), command.summary()));
    }
    text.append("\nOptions:\n");
    text.append(
        "  --help     show this help; 'migplan <command> --help' shows a command's options\n");
    text.append("  --version  show migplan's version\n");
    text.append("\nExit codes: 0 done; 1 done, with blocking findings or failed verification;");
    text.append(
        " 2 usage error;\n3 environment error (cannot connect, tool or project missing).\n");
    return text.toString();
  }

  /** The text of {@code migplan <command> --help}. */
  public static String help(Command command) {
    java.io.StringWriter buffer = new java.io.StringWriter();
    PrintWriter writer = new PrintWriter(buffer);
    HelpFormatter formatter = new HelpFormatter();
    formatter.setWidth(WIDTH);
    formatter.setOptionComparator(null);
    formatter.printHelp(
        writer,
        WIDTH,
        "migplan " + command.name() + " " + command.usage(),
        "\n" + command.summary() + "\n\n",
        withCommonOptions(command.options()),
        2,
        2,
        "",
        false);
    writer.flush();
    return buffer.toString().lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n");
  }

  /** migplan's version, from the jar's build. */
  public static String version() {
    try (InputStream in = Migplan.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Options withCommonOptions(Options own) {
    Options options = new Options();
    own.getOptions().forEach(options::addOption);
    options.addOption(Option.builder().longOpt("debug").desc("show stack traces and SQL").build());
    options.addOption(Option.builder().longOpt("help").desc("show this help").build());
    return options;
  }

  private static String parseError(Command command, ParseException e) {
    String hint = "; run 'migplan " + command.name() + " --help' for its options";
    if (e instanceof org.apache.commons.cli.UnrecognizedOptionException unrecognized) {
      return "unknown option '"
          + unrecognized.getOption()
          + "' for '"
          + command.name()
          + "'"
          + hint;
    }
    if (e instanceof org.apache.commons.cli.MissingArgumentException missing) {
      return "option --" + missing.getOption().getLongOpt() + " needs a value" + hint;
    }
    if (e instanceof org.apache.commons.cli.MissingOptionException missing) {
      return "missing required option "
          + missing.getMissingOptions().stream()
              .map(o -> "--" + o)
              .reduce((a, b) -> a + ", " + b)
              .orElse("")
          + hint;
    }
    return e.getMessage() + hint;
  }
}
