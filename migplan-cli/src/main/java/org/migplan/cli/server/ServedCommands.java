package org.migplan.cli.server;

import java.util.List;
import java.util.Optional;

/**
 * Which commands the scan server runs: {@code map --no-db} only. It reads sources and writes
 * nothing but its output, so a resident JVM can run it with no credentials, no environment and no
 * files of the client's to look after. {@code --debug} needs the JVM's logging set up at start, so
 * it runs in the client's own JVM too.
 */
public final class ServedCommands {
  private ServedCommands() {}

  /** Why {@code args} (the command line after {@code migplan}) is not served, if it is not. */
  public static Optional<String> refusal(List<String> args) {
    if (args.isEmpty() || !args.get(0).equals("map")) {
      return Optional.of("only 'migplan map --no-db' runs in the scan server");
    }
    if (!args.contains("--no-db")) {
      return Optional.of("a map with a database runs in its own JVM");
    }
    if (args.contains("--debug")) {
      return Optional.of("--debug runs in its own JVM");
    }
    return Optional.empty();
  }
}
