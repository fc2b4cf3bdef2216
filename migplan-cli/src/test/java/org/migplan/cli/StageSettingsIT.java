package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stage --fixture} writes datetimes as the project's USE_TZ says, read as Python reads it.
 */
class StageSettingsIT {
  @TempDir Path work;

  private CliRun.Result stage(String settings, String copy) throws Exception {
    Path project = work.resolve("project");
    Files.createDirectories(project.resolve("site"));
    Files.createDirectories(project.resolve("events"));
    Files.writeString(
        project.resolve("manage.py"),
        "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n");
    Files.writeString(project.resolve("site/__init__.py"), "");
    Files.writeString(project.resolve("site/settings.py"), settings);
    Files.writeString(project.resolve("events/__init__.py"), "");
    Files.writeString(
        project.resolve("events/models.py"),
        """
        from django.db import models

        class Meeting(models.Model):
            starts_at = models.DateTimeField()
        """);
    Path source = work.resolve("source.sqlite3");
    if (!Files.exists(source)) {
      try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source);
          Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE events_meeting (id integer NOT NULL PRIMARY KEY AUTOINCREMENT,"
                + " starts_at datetime NOT NULL)");
        statement.execute("INSERT INTO events_meeting VALUES (1, '2024-05-01 10:30:00')");
      }
    }
    return CliRun.run(
        work,
        Map.of(),
        "stage",
        "--db",
        "sqlite:///" + source,
        "--to",
        copy + ".sqlite3",
        "--fixture",
        copy + ".json",
        "--models",
        "events.meeting",
        "--project",
        "project");
  }

  @Test
  void readsUseTzPastCommentsAndNamesAnExpressionItCannotRead() throws Exception {
    CliRun.Result naive =
        stage("USE_TZ = True\nUSE_TZ=False  # naive datetimes, as the legacy app expects\n", "a");
    assertThat(naive.exitCode()).as(naive.err()).isZero();
    assertThat(naive.err()).doesNotContain("USE_TZ");
    assertThat(Files.readString(work.resolve("a.json")))
        .contains("\"starts_at\": \"2024-05-01T10:30:00\"");

    CliRun.Result computed =
        stage(
            "import environ\nenv = environ.Env()\nUSE_TZ = env.bool('USE_TZ', default=False)\n",
            "b");
    assertThat(computed.exitCode()).as(computed.err()).isZero();
    assertThat(computed.err().lines().filter(l -> l.contains("USE_TZ")))
        .containsExactly(
            "note: USE_TZ = env.bool('USE_TZ', default=False) (site/settings.py:3), known only"
                + " when the settings run; assuming USE_TZ = True");
    assertThat(Files.readString(work.resolve("b.json")))
        .contains("\"starts_at\": \"2024-05-01T10:30:00Z\"");
  }

  /** A --project that is no Django project is refused before any staging copy is made. */
  @Test
  void aMissingProjectIsRefusedBeforeStaging() throws Exception {
    stage("USE_TZ = True\n", "a"); // writes the source database
    CliRun.Result missing =
        stageInto("c.sqlite3", "--fixture", "c.json", "--project", "no-such-project");

    assertThat(missing.exitCode()).isNotZero();
    assertThat(missing.err()).contains("no-such-project' is not a directory");
    assertThat(work.resolve("c.sqlite3")).doesNotExist();
    assertThat(work.resolve("c.json")).doesNotExist();
  }

  /** --django-version without a fixture would be ignored: it is refused, and nothing staged. */
  @Test
  void aDjangoVersionWithoutAFixtureIsRefused() throws Exception {
    stage("USE_TZ = True\n", "a"); // writes the source database
    CliRun.Result refused = stageInto("d.sqlite3", "--django-version", "4.2");

    assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err()).contains("--django-version only shapes a fixture");
    assertThat(work.resolve("d.sqlite3")).doesNotExist();
  }

  /** Runs stage from the source database into {@code target}, with {@code options}. */
  private CliRun.Result stageInto(String target, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "stage", "--db", "sqlite:///" + work.resolve("source.sqlite3"), "--to", target));
    args.addAll(List.of(options));
    return CliRun.run(work, Map.of(), args.toArray(String[]::new));
  }
}
