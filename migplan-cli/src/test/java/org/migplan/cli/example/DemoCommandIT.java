package org.migplan.cli.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.cli.CommandContext;
import org.migplan.cli.Commands;
import org.migplan.cli.Migplan;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.sqlite.SqliteDialect;

/** {@code migplan demo} leaves a database whose schema is exactly what Django 3.2 creates. */
class DemoCommandIT {
  private static final String SCHEMA =
      "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master"
          + " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name";

  @Test
  void demoDatabaseHasDjangosSchema(@TempDir Path directory) throws Exception {
    ExampleProject.assumeDjango();
    Path out = directory.resolve("demo");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    CommandContext context =
        new CommandContext(
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8),
            Map.of(),
            ExampleProject.repositoryRoot());
    int exit =
        new Migplan(Commands.all())
            .run(new String[] {"demo", "--rows", "200", "--out", out.toString()}, context);
    assertThat(exit).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("200 students");

    Path migrated = directory.resolve("django.sqlite3");
    ExampleProject.Run run =
        ExampleProject.manage(ExampleProject.sqliteEnvironment(migrated), "migrate", "--noinput");
    assertThat(run.exitCode()).as(run.stderr()).isZero();

    assertThat(schema(out.resolve("madaris.sqlite3"))).isEqualTo(schema(migrated)).isNotEmpty();
  }

  @Test
  void demoRefusesToOverwriteADatabaseItDidNotMake(@TempDir Path directory) throws Exception {
    Files.writeString(directory.resolve("madaris.sqlite3"), "not ours");
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    CommandContext context =
        new CommandContext(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8),
            Map.of(),
            ExampleProject.repositoryRoot());
    int exit =
        new Migplan(Commands.all())
            .run(new String[] {"demo", "--rows", "5", "--out", directory.toString()}, context);
    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("was not made by migplan demo");
    assertThat(Files.readString(directory.resolve("madaris.sqlite3"))).isEqualTo("not ours");
  }

  private static List<String> schema(Path file) {
    return new SqliteDialect()
        .openReadWrite(DatabaseUrl.sqliteFile(file))
        .withHandle(handle -> handle.select(SCHEMA).mapTo(String.class).list());
  }
}
