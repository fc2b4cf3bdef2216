package org.migplan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may touch of the outside world: its output streams, the environment and the
 * working directory. Tests pass their own.
 */
public record CommandContext(
    PrintStream out, PrintStream err, Map<String, String> environment, Path workingDirectory) {
  public CommandContext {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    environment = Map.copyOf(environment);
    Objects.requireNonNull(workingDirectory, "workingDirectory");
  }

  /** Resolves a path given on the command line against the working directory. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path).normalize();
  }

  /** {@code path} relative to the working directory when it lies below it, for output. */
  public Path shown(Path path) {
    return relativeBelow(path, workingDirectory);
  }

  /**
   * {@code path} relative to {@code base} when it lies below it, else absolute; both normalized.
   */
  static Path relativeBelow(Path path, Path base) {
    Path absolute = path.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    return absolute.startsWith(root) ? root.relativize(absolute) : absolute;
  }
}
