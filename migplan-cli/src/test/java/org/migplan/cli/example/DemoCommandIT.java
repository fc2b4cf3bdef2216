package org.migplan.cli.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.cli.CliRun;
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
    CliRun.Result result =
        CliRun.run(
            ExampleProject.repositoryRoot(),
            Map.of(),
            "demo",
            "--rows",
            "200",
            "--out",
            out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("200 students");

    Path migrated = directory.resolve("django.sqlite3");
    ExampleProject.Run run =
        ExampleProject.manage(ExampleProject.sqliteEnvironment(migrated), "migrate", "--noinput");
    assertThat(run.exitCode()).as(run.stderr()).isZero();

    assertThat(schema(out.resolve("madaris.sqlite3"))).isEqualTo(schema(migrated)).isNotEmpty();
  }

  @Test
  void demoRefusesToOverwriteADatabaseItDidNotMake(@TempDir Path directory) throws Exception {
    Files.writeString(directory.resolve("madaris.sqlite3"), "not ours");
    CliRun.Result result =
        CliRun.run(
            ExampleProject.repositoryRoot(),
            Map.of(),
            "demo",
            "--rows",
            "5",
            "--out",
            directory.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("was not made by migplan demo");
    assertThat(Files.readString(directory.resolve("madaris.sqlite3"))).isEqualTo("not ours");
  }

  private static List<String> schema(Path file) {
    return new SqliteDialect()
        .openReadWrite(DatabaseUrl.sqliteFile(file))
        .withHandle(handle -> handle.select(SCHEMA).mapTo(String.class).list());
  }
}
