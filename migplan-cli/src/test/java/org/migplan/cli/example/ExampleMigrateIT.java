package org.migplan.cli.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.db.testing.PostgresTestDatabase;

/**
 * The example project migrates from scratch, has no pending model changes and loads its fixture, on
 * SQLite and on PostgreSQL, with Django 3.2 from Debian.
 */
class ExampleMigrateIT {
  @RegisterExtension static PostgresTestDatabase postgres = new PostgresTestDatabase();

  @BeforeEach
  void requireDjango() throws Exception {
    ExampleProject.assumeDjango();
  }

  @Test
  void migratesAndIsCleanOnSqlite(@TempDir Path directory) throws Exception {
    migrateAndCheck(ExampleProject.sqliteEnvironment(directory.resolve("madaris.sqlite3")));
  }

  @Test
  void migratesAndIsCleanOnPostgres() throws Exception {
    migrateAndCheck(ExampleProject.postgresEnvironment(postgres.url()));
  }

  private static void migrateAndCheck(Map<String, String> environment) throws Exception {
    ExampleProject.Run migrate = ExampleProject.manage(environment, "migrate", "--noinput");
    assertThat(migrate.exitCode()).as(migrate.describe()).isZero();
    assertThat(migrate.stdout()).contains("Applying constituents.0005");

    ExampleProject.Run pending =
        ExampleProject.manage(environment, "makemigrations", "--check", "--dry-run");
    assertThat(pending.exitCode()).as(pending.describe()).isZero();
    assertThat(pending.stdout()).contains("No changes detected");

    ExampleProject.Run check = ExampleProject.manage(environment, "check");
    assertThat(check.exitCode()).as(check.describe()).isZero();

    ExampleProject.Run fixture = ExampleProject.manage(environment, "loaddata", "sample_students");
    assertThat(fixture.exitCode()).as(fixture.describe()).isZero();
    assertThat(fixture.stdout()).contains("Installed 10 object(s)");

    ExampleProject.Run again = ExampleProject.manage(environment, "migrate", "--noinput");
    assertThat(again.exitCode()).as(again.describe()).isZero();
    assertThat(again.stdout()).contains("No migrations to apply");
  }
}
