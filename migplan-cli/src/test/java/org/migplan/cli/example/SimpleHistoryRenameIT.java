package org.migplan.cli.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.cli.CliRun;
import org.migplan.db.testing.PostgresTestDatabase;

/**
 * Renaming a model tracked by django-simple-history keeps its history: on a small project with
 * {@code history = HistoricalRecords()}, the migration {@code migplan plan} generates renames
 * {@code HistoricalBook} to {@code HistoricalVolume} with the model, {@code makemigrations --check}
 * is clean afterwards (no CreateModel + DeleteModel that would drop the history table), every
 * history row and the history permissions' grants are kept, and the rollback script brings the old
 * names back with the recorded counts.
 */
class SimpleHistoryRenameIT {
  private static final int BOOKS = 30;

  @RegisterExtension static PostgresTestDatabase postgres = new PostgresTestDatabase();

  @TempDir Path work;

  /** How to reach the database under test. */
  private interface Database {
    Connection connect() throws SQLException;

    Map<String, String> environment();

    String url();
  }

  @BeforeEach
  void requireSimpleHistory() throws Exception {
    ExampleProject.assumeDjango();
    ExampleProject.Run probe =
        ExampleProject.run(
            work, Map.of(), ExampleProject.PYTHON.toString(), "-c", "import simple_history");
    assumeTrue(probe.exitCode() == 0, "install python3-django-simple-history");
  }

  @Test
  void historyIsRenamedForwardAndBackOnSqlite() throws Exception {
    Path file = work.resolve("library.sqlite3");
    renameForwardAndBack(
        new Database() {
          @Override
          public Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:sqlite:" + file);
          }

          @Override
          public Map<String, String> environment() {
            return Map.of("LIBRARY_SQLITE", file.toString());
          }

          @Override
          public String url() {
            return "sqlite:///" + file;
          }
        });
  }

  @Test
  void historyIsRenamedForwardAndBackOnPostgres() throws Exception {
    renameForwardAndBack(
        new Database() {
          @Override
          public Connection connect() {
            return postgres.jdbi().open().getConnection();
          }

          @Override
          public Map<String, String> environment() {
            var url = postgres.url();
            return Map.of(
                "LIBRARY_PG_NAME", url.database(),
                "LIBRARY_PG_USER", url.user(),
                "LIBRARY_PG_PASSWORD", url.password(),
                "LIBRARY_PG_HOST", url.host(),
                "LIBRARY_PG_PORT", Integer.toString(url.port()));
          }

          @Override
          public String url() {
            return postgres.urlWithPassword();
          }
        });
  }

  private void renameForwardAndBack(Database database) throws Exception {
    Path project = writeProject(work.resolve("library"));
    Map<String, String> env = database.environment();
    succeed(manage(project, env, "makemigrations", "library", "--noinput"));
    succeed(manage(project, env, "migrate", "--noinput"));
    succeed(manage(project, env, "shell", "-c", POPULATE));
    Map<String, Long> before = counts(database, "book");
    assertThat(before)
        .containsEntry("library_book", (long) BOOKS)
        .containsEntry("library_historicalbook", 2L * BOOKS)
        .containsEntry("grants", 1L);

    JsonNode plan = plan(project, database.url());
    JsonNode finding = null;
    for (JsonNode f : plan.get("findings")) {
      if (f.get("id").asText().equals("historical-model")) {
        finding = f;
      }
    }
    assertThat(finding).as("historical-model finding").isNotNull();
    // the generated migration keeps the history: a warning about makemigrations, not a blocker
    assertThat(finding.get("severity").asText()).isEqualTo("medium");
    assertThat(finding.toString()).contains("library_historicalbook", "60 counted rows");
    String rollbackScript =
        Files.readString(work.resolve("plan/rollback_volume_migration.sh"), StandardCharsets.UTF_8);
    assertThat(rollbackScript).contains("library_historicalbook");

    JsonNode migrations = plan.get("migrations");
    assertThat(migrations).hasSize(1);
    String text = migrations.get(0).get("text").asText();
    assertThat(text)
        .contains("old_name=\"HistoricalBook\"", "new_name=\"HistoricalVolume\"")
        .contains("\"verbose_name_plural\": \"historical volumes\"");
    Files.writeString(
        project.resolve(migrations.get(0).get("file").asText()), text, StandardCharsets.UTF_8);
    Path models = project.resolve("library/models.py");
    Files.writeString(
        models,
        Files.readString(models, StandardCharsets.UTF_8).replaceAll("\\bBook\\b", "Volume"),
        StandardCharsets.UTF_8);

    succeed(manage(project, env, "migrate", "--noinput"));
    ExampleProject.Run check =
        manage(project, env, "makemigrations", "--check", "--dry-run", "--noinput");
    succeed(check);
    assertThat(check.stdout()).contains("No changes detected");
    Map<String, Long> after = counts(database, "volume");
    assertThat(after)
        .containsEntry("library_volume", (long) BOOKS)
        .containsEntry("library_historicalvolume", 2L * BOOKS)
        .containsEntry("library_historicalbook", -1L)
        .containsEntry("grants", 1L);

    Map<String, String> rollbackEnv = new TreeMap<>(env);
    rollbackEnv.put("PYTHON", ExampleProject.PYTHON.toString());
    rollbackEnv.put("MIGPLAN_PROJECT_DIR", project.toString());
    ExampleProject.Run rollback =
        ExampleProject.run(
            work.resolve("plan"), rollbackEnv, "/bin/bash", "rollback_volume_migration.sh");
    succeed(rollback);
    assertThat(rollback.stdout()).doesNotContain("FAIL ");
    assertThat(counts(database, "book")).isEqualTo(before);
  }

  private JsonNode plan(Path project, String url) throws IOException {
    CliRun.Result result =
        CliRun.run(
            work,
            Map.of("SOURCE_DATE_EPOCH", "0"),
            "plan",
            "--project",
            project.toString(),
            "--model",
            "library.Book",
            "--to",
            "Volume",
            "--db",
            url,
            "--out",
            work.resolve("plan").toString());
    // 0: written, and nothing at the default --fail-on high (the history is kept)
    assertThat(result.exitCode()).as(result.err()).isZero();
    return new ObjectMapper().readTree(work.resolve("plan/plan.json").toFile());
  }

  /**
   * Rows of the model's and its history's tables ({@code -1} for a missing table), and the grants
   * of the history model's view permission.
   */
  private static Map<String, Long> counts(Database database, String model) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      for (String table :
          new String[] {
            "library_" + model,
            "library_historicalbook",
            "library_historicalvolume",
            "library_book",
            "library_volume"
          }) {
        counts.put(table, count(connection, table));
      }
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT COUNT(*) FROM auth_group_permissions g JOIN auth_permission p ON p.id ="
                  + " g.permission_id WHERE p.codename = 'view_historical"
                  + model
                  + "'")) {
        rows.next();
        counts.put("grants", rows.getLong(1));
      }
    }
    return counts;
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
      if (!tables.next()) {
        return -1;
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static ExampleProject.Run manage(
      Path project, Map<String, String> env, String... arguments) throws Exception {
    return ExampleProject.manageIn(project, env, arguments);
  }

  private static void succeed(ExampleProject.Run run) {
    assertThat(run.exitCode()).as(run.describe()).isZero();
  }

  private static final String POPULATE =
      """
      from django.contrib.auth.models import Group, Permission
      from library.models import Book, Shelf
      shelf = Shelf.objects.create(label="A")
      for i in range(%d):
          book = Book.objects.create(title="Book %%d" %% i, shelf=shelf)
          book.title = "Book %%d, second edition" %% i
          book.save()
      readers = Group.objects.create(name="readers")
      readers.permissions.add(Permission.objects.get(codename="view_historicalbook"))
      """
          .formatted(BOOKS);

  private static Path writeProject(Path root) throws IOException {
    Files.createDirectories(root.resolve("library/migrations"));
    write(
        root.resolve("manage.py"),
        """
        import os
        import sys

        if __name__ == "__main__":
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")
            from django.core.management import execute_from_command_line

            execute_from_command_line(sys.argv)
        """);
    write(
        root.resolve("settings.py"),
        """
        import os

        SECRET_KEY = "test"
        USE_TZ = True
        DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
        INSTALLED_APPS = [
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "simple_history",
            "library",
        ]
        if os.environ.get("LIBRARY_PG_NAME"):
            DATABASES = {
                "default": {
                    "ENGINE": "django.db.backends.postgresql",
                    "NAME": os.environ["LIBRARY_PG_NAME"],
                    "USER": os.environ["LIBRARY_PG_USER"],
                    "PASSWORD": os.environ["LIBRARY_PG_PASSWORD"],
                    "HOST": os.environ["LIBRARY_PG_HOST"],
                    "PORT": os.environ["LIBRARY_PG_PORT"],
                }
            }
        else:
            DATABASES = {
                "default": {
                    "ENGINE": "django.db.backends.sqlite3",
                    "NAME": os.environ["LIBRARY_SQLITE"],
                }
            }
        """);
    write(root.resolve("library/__init__.py"), "");
    write(root.resolve("library/migrations/__init__.py"), "");
    write(
        root.resolve("library/models.py"),
        """
        from django.db import models
        from simple_history.models import HistoricalRecords


        class Shelf(models.Model):
            label = models.CharField(max_length=20)


        class Book(models.Model):
            title = models.CharField(max_length=100)
            shelf = models.ForeignKey(Shelf, null=True, on_delete=models.SET_NULL)
            history = HistoricalRecords()
        """);
    return root;
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
