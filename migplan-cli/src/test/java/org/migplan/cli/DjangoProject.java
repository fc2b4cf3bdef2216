package org.migplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.migplan.db.DatabaseUrl;

/** A test Django project copied from the resources, run with Debian's Django 3.2. */
final class DjangoProject {
  static final String PYTHON = "/usr/bin/python3";

  private final Path directory;

  private DjangoProject(Path directory) {
    this.directory = directory;
  }

  static DjangoProject copy(String name, Path target) throws IOException {
    Path source = Path.of("src/test/resources/projects", name);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return new DjangoProject(target);
  }

  Path directory() {
    return directory;
  }

  /** Runs {@code manage.py args} against {@code database}; returns stdout, fails on exit != 0. */
  String manage(DatabaseUrl database, Map<String, String> extra, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(PYTHON, "manage.py"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    Map<String, String> env = builder.environment();
    if (database.isPostgres()) {
      env.put("SCHOOL_DB_ENGINE", "postgresql");
      env.put("SCHOOL_DB_NAME", database.database());
      env.put("SCHOOL_DB_USER", database.user());
      env.put("SCHOOL_DB_PASSWORD", database.password());
      env.put("SCHOOL_DB_HOST", database.host());
      env.put("SCHOOL_DB_PORT", Integer.toString(database.port()));
    } else {
      env.put("SCHOOL_DB_ENGINE", "sqlite3");
      env.put("SCHOOL_DB_NAME", database.sqlitePath().toAbsolutePath().toString());
    }
    env.putAll(extra);
    Path out = Files.createTempFile("manage", ".out");
    Path err = Files.createTempFile("manage", ".err");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(
            "manage.py "
                + String.join(" ", args)
                + " failed: "
                + Files.readString(err, StandardCharsets.UTF_8));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Migrates and fills the database with populate.py. */
  void migrateAndPopulate(DatabaseUrl database) throws IOException, InterruptedException {
    manage(database, Map.of(), "migrate", "-v", "0");
    manage(database, Map.of(), "shell", "-c", "exec(open('populate.py').read())");
  }
}
