package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.cli.CliRun.Result;
import org.migplan.db.testing.SqliteTestDatabase;

/** {@code migplan map} on the bundled example: the source side alone, then with a database. */
class MapCommandIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String MODEL = "constituents.BMParliamentMember";

  private static Result run(String... args) {
    return CliRun.run(ROOT, Map.of(), args);
  }

  /** {@code migplan COMMAND --project PROJECT --model MODEL ARGS...}. */
  private static Result runOnModel(String command, String project, String... args) {
    return run(
        Stream.concat(Stream.of(command, "--project", project, "--model", MODEL), Stream.of(args))
            .toArray(String[]::new));
  }

  @Test
  void sourceSideListsRelationsAndReferencesByKind() {
    Result result = runOnModel("map", "example/madaris", "--no-db");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Relations declared in the sources (22):")
        .contains("# relation_field: 17 places")
        .contains("src/apps/welfare/models.py:62: student = models.ForeignKey(")
        .contains("# migration_historical:")
        .contains(
            "madaris/settings.py:155: MADARIS_STUDENT_MODEL = 'constituents.BMParliamentMember'")
        .doesNotContain("Cross-check");
  }

  @Test
  void jsonHasRelationsAndReferencesWithTheirFields() {
    Result result = runOnModel("map", "example/madaris", "--format", "json", "--no-db");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("\"relations\" : [")
        .contains("\"references\" : [")
        .contains("\"inherited_from\" : \"fees.StudentOwned\"")
        .contains("\"kind\" : \"get_model_call\"")
        .contains("\"must_change\" : false")
        .doesNotContain("\"db_relations\"");
    assertThat(runOnModel("map", "example/madaris", "--format", "json", "--no-db").out())
        .isEqualTo(result.out());
  }

  @Test
  void withADatabaseTheTwoSidesAreCrossChecked(@TempDir Path directory) {
    SqliteTestDatabase database =
        SqliteTestDatabase.in(directory, "madaris.sqlite3")
            .runResource("fixtures/sqlite/madaris-schema.sql")
            // surveys pointing at students that need not exist: no foreign key checks them
            .runSql(
                "INSERT INTO welfare_aid_householdsurvey"
                    + " (household_size, monthly_income, surveyed_on, student_id)"
                    + " VALUES (4, 100, '2024-01-01', 1), (5, 90, '2024-01-02', 7),"
                    + " (3, 80, '2024-01-03', 7)");
    long surveys =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT count(student_id) FROM welfare_aid_householdsurvey")
                        .mapTo(Long.class)
                        .one());

    Result result = runOnModel("map", "example/madaris", "--db", database.djangoUrl());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Cross-check of sources and database:")
        .contains(
            "missing_foreign_key: welfare_aid_householdsurvey.student_id"
                + " (src/apps/welfare/models.py:47): declared with db_constraint=False")
        .contains(surveys + " of its " + surveys + " rows hold a value")
        .doesNotContain("undeclared_foreign_key");
  }

  @Test
  void aDatabaseForeignKeyNoModelDeclaresIsAFinding(@TempDir Path directory) {
    SqliteTestDatabase database =
        SqliteTestDatabase.in(directory, "madaris.sqlite3")
            .runResource("fixtures/sqlite/madaris-schema.sql")
            .runSql(
                "CREATE TABLE legacy_import (id integer PRIMARY KEY, member_id bigint"
                    + " REFERENCES constituents_bmparliamentmember (id));");

    Result result =
        runOnModel("map", "example/madaris", "--db", database.djangoUrl(), "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("\"cross_check\" : [")
        .contains("\"kind\" : \"undeclared_foreign_key\"")
        .contains("\"table\" : \"legacy_import\"");
  }

  @Test
  void anUnknownModelNamesSimilarOnes() {
    Result result =
        run("map", "--project", "example/madaris", "--model", "constituents.BMParliamentMembers");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .contains("model 'constituents.BMParliamentMembers' is not declared")
        .contains("constituents.BMParliamentMember");
    assertThat(result.out()).isEmpty();
  }

  /** A copy of the example project, whose settings name {@code BASE_DIR / 'db.sqlite3'}. */
  private static Path copyOfExample(Path target) throws IOException {
    Path source = ROOT.resolve("example/madaris");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else if (!file.getFileName().toString().equals("db.sqlite3")) {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }

  @Test
  void aRelationTheMigrationsLackIsPendingInMapAndBlocksThePlan(@TempDir Path directory)
      throws IOException {
    Path project = copyOfExample(directory);
    Path models = project.resolve("src/apps/attendance/models.py");
    String source = Files.readString(models);
    String declaration = "class AttendanceSession(models.Model):\n";
    assertThat(source).contains(declaration);
    Files.writeString(
        models,
        source.replace(
            declaration,
            declaration
                + "    monitor = models.ForeignKey('constituents.BMParliamentMember', null=True,\n"
                + "                                on_delete=models.SET_NULL, related_name='+')\n"));

    Result map = runOnModel("map", project.toString(), "--no-db");
    assertThat(map.exitCode()).as(map.err()).isZero();
    assertThat(map.out())
        .contains("Source fields the migrations lack")
        .contains("src/apps/attendance/models.py:7:")
        .contains("attendance.AttendanceSession.monitor");

    Result plan =
        runOnModel(
            "plan",
            project.toString(),
            "--to",
            "Student",
            "--no-db",
            "--out",
            directory.resolve("plan").toString());
    assertThat(plan.exitCode()).as(plan.err()).isEqualTo(1); // a HIGH finding
    String strategy = Files.readString(directory.resolve("plan/MIGRATION_STRATEGY.md"));
    assertThat(strategy)
        .contains("- [ ] **Migration state clean (makemigrations --check)**: NOT clean")
        .contains("attendance.AttendanceSession.monitor");
    assertThat(
            runOnModel(
                    "plan",
                    project.toString(),
                    "--to",
                    "Student",
                    "--no-db",
                    "--db",
                    "sqlite:///x.sqlite3")
                .err())
        .contains("--no-db and --db exclude each other");
  }

  @Test
  void withoutDbTheSettingsDatabaseIsMapped(@TempDir Path directory) throws IOException {
    Path project = copyOfExample(directory);
    SqliteTestDatabase.in(project, "db.sqlite3").runResource("fixtures/sqlite/madaris-schema.sql");

    Result result = runOnModel("map", project.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("Relations declared in the sources (22):")
        .contains("Cross-check of sources and database:");

    Result sourcesOnly = runOnModel("map", project.toString(), "--no-db");
    assertThat(sourcesOnly.exitCode()).as(sourcesOnly.err()).isZero();
    assertThat(sourcesOnly.err()).isEmpty();
    assertThat(sourcesOnly.out())
        .contains("Relations declared in the sources (22):")
        .doesNotContain("Cross-check");
  }

  @Test
  void aMissingSettingsDatabaseIsSkippedWithOneNote(@TempDir Path directory) throws IOException {
    Path project = copyOfExample(directory);

    Result text = runOnModel("map", project.toString());
    Result json = runOnModel("map", project.toString(), "--format", "json");

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("Relations declared in the sources (22):")
        .doesNotContain("Cross-check");
    assertThat(text.err().lines())
        .singleElement()
        .asString()
        .startsWith("note: database side skipped: SQLite database ")
        .contains(project.resolve("db.sqlite3") + " does not exist")
        .contains("came from the project's settings")
        .contains("--no-db");
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out())
        .contains("\"relations\" : [")
        .contains("\"database_skipped\" : \"SQLite database ")
        .doesNotContain("\"db_relations\"");
  }

  @Test
  void anUnreachableSettingsServerIsSkippedWithoutItsPassword(@TempDir Path directory)
      throws IOException {
    Path project = copyOfExample(directory);
    Path settings = project.resolve("madaris/settings.py");
    String text = Files.readString(settings, StandardCharsets.UTF_8);
    String sqlite =
        "'ENGINE': 'django.db.backends.sqlite3',\n        'NAME': BASE_DIR / 'db.sqlite3',";
    assertThat(text).contains(sqlite);
    Files.writeString(
        settings,
        text.replace(
            sqlite,
            "'ENGINE': 'django.db.backends.postgresql', 'NAME': 'madaris', 'USER': 'madaris',"
                + " 'PASSWORD': 's3cret-word', 'HOST': '127.0.0.1', 'PORT': '1',"),
        StandardCharsets.UTF_8);

    Result result = runOnModel("map", project.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Relations declared in the sources (22):");
    assertThat(result.err().lines())
        .singleElement()
        .asString()
        .startsWith("note: database side skipped: cannot connect to ")
        .contains("127.0.0.1:1")
        .doesNotContain("s3cret-word");
  }

  @Test
  void anExplicitDatabaseThatCannotBeReadIsAnError(@TempDir Path directory) throws IOException {
    Path project = copyOfExample(directory);
    String missing = "sqlite:///" + directory.resolve("nowhere.sqlite3");

    Result fromEnvironment =
        CliRun.run(
            ROOT,
            Map.of("DATABASE_URL", missing),
            "map",
            "--project",
            project.toString(),
            "--model",
            MODEL);
    Result both = runOnModel("map", project.toString(), "--db", missing, "--no-db");

    assertThat(fromEnvironment.exitCode()).isEqualTo(3);
    assertThat(fromEnvironment.err()).contains("nowhere.sqlite3 does not exist");
    assertThat(fromEnvironment.out()).isEmpty();
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--no-db and --db exclude each other");
  }
}
