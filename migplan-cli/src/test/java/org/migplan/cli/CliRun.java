package org.migplan.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs one migplan command in-process with captured output, as the CLI tests do. */
public final class CliRun {
  private CliRun() {}

  /** What one run printed and returned. */
  public record Result(int exitCode, String out, String err) {}

  /** Runs {@code args} in {@code workingDirectory} with exactly {@code environment} visible. */
  public static Result run(Path workingDirectory, Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandContext context =
        new CommandContext(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            environment,
            workingDirectory);
    int code = new Migplan(Commands.all()).run(args, context);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
