package org.migplan.cli;

import java.nio.file.Path;

/** The {@code migplan} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    CommandContext context =
        new CommandContext(System.out, System.err, System.getenv(), Path.of("").toAbsolutePath());
    System.exit(new Migplan(Commands.all()).run(args, context));
  }
}
