package org.migplan.cli.example;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.migplan.db.DatabaseUrl;

/** The bundled Django project {@code example/madaris}, run with Debian's Python and Django. */
final class ExampleProject {
  static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private ExampleProject() {}

  /**
   * The result of one run.
   *
   * @param exitCode the process exit code
   * @param stdout standard output
   * @param stderr standard error
   */
  record Run(int exitCode, String stdout, String stderr) {
    String describe() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
  }

  /** Skips the calling test only when Debian's Python or its Django is missing. */
  static void assumeDjango() throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(PYTHON), PYTHON + " is missing; install python3-django");
    Process probe =
        new ProcessBuilder(PYTHON.toString(), "-c", "import django, psycopg2")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assumeTrue(
        probe.waitFor(1, TimeUnit.MINUTES) && probe.exitValue() == 0,
        PYTHON + " cannot import django and psycopg2; install python3-django python3-psycopg2");
  }

  /** A newer Django release the test script unpacked: its version and its import directory. */
  record DjangoRelease(String version, String directory) {
    /** The release's major.minor, as --django-version takes it. */
    String majorMinor() {
      return version.replaceAll("^(\\d+\\.\\d+).*", "$1");
    }

    /** The environment that makes /usr/bin/python3 import this release. */
    Map<String, String> environment() {
      return Map.of("PYTHONPATH", directory);
    }
  }

  /**
   * The newer Django releases ./scripts/test unpacked (MIGPLAN_TEST_DJANGO_RELEASES,
   * "version=directory;..."); the test is skipped, saying why, when there are none.
   */
  static List<DjangoRelease> newerDjangoReleases() {
    String releases = System.getenv().getOrDefault("MIGPLAN_TEST_DJANGO_RELEASES", "");
    assumeTrue(
        !releases.isBlank(),
        "MIGPLAN_TEST_DJANGO_RELEASES is not set; ./scripts/test unpacks newer Django releases");
    List<DjangoRelease> found = new ArrayList<>();
    for (String release : releases.split(";")) {
      String[] parts = release.split("=", 2);
      found.add(new DjangoRelease(parts[0], parts[1]));
    }
    return found;
  }

  /** The repository root: the nearest parent of the working directory with the example in it. */
  static Path repositoryRoot() {
    Path directory = Path.of("").toAbsolutePath();
    for (Path candidate = directory; candidate != null; candidate = candidate.getParent()) {
      if (Files.isRegularFile(candidate.resolve("example/madaris/manage.py"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("no example/madaris/manage.py above " + directory);
  }

  static Path directory() {
    return repositoryRoot().resolve("example/madaris");
  }

  /** Runs {@code /usr/bin/python3 <arguments>} in the example directory. */
  static Run python(Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    return run(directory(), environment, PYTHON.toString(), arguments);
  }

  /** Runs {@code manage.py <arguments>} in a copy of the example. */
  static Run manageIn(Path project, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    String[] command = new String[arguments.length + 1];
    command[0] = "manage.py";
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    return run(project, environment, PYTHON.toString(), command);
  }

  /**
   * Runs {@code program <arguments>} in {@code directory} with the MADARIS_ settings replaced by
   * {@code environment}.
   */
  static Run run(
      Path directory, Map<String, String> environment, String program, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(program);
    command.addAll(List.of(arguments));
    Path stdout = Files.createTempFile("madaris-", ".out");
    Path stderr = Files.createTempFile("madaris-", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("MADARIS_"));
      builder.environment().remove("DJANGO_SETTINGS_MODULE");
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " took longer than " + TIMEOUT);
      }
      return new Run(
          process.exitValue(),
          Files.readString(stdout, StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  /** Runs {@code manage.py <arguments>}. */
  static Run manage(Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    String[] command = new String[arguments.length + 1];
    command[0] = "manage.py";
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    return python(environment, command);
  }

  static Map<String, String> sqliteEnvironment(Path file) {
    return Map.of("MADARIS_SQLITE_PATH", file.toAbsolutePath().toString());
  }

  /** The settings' PostgreSQL switch, pointing at {@code database}. */
  static Map<String, String> postgresEnvironment(DatabaseUrl database) {
    return Map.of(
        "MADARIS_DATABASE", "postgres",
        "MADARIS_PG_NAME", database.database(),
        "MADARIS_PG_USER", database.user(),
        "MADARIS_PG_PASSWORD", database.password(),
        "MADARIS_PG_HOST", database.host(),
        "MADARIS_PG_PORT", Integer.toString(database.port()));
  }
}
