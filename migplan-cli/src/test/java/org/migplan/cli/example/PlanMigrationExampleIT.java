package org.migplan.cli.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.cli.CliRun;
import org.migplan.cli.demo.DemoDataGenerator;
import org.migplan.db.testing.PostgresTestDatabase;

/**
 * The migrations {@code migplan plan} generates for the example (an MTI parent with a proxy and an
 * MTI child in another app) work with Django 3.2 (and the newer releases the test script unpacks):
 * dropped into a copy of the project whose classes are renamed, {@code migrate} renames forward
 * keeping every row, the content type's id and the permission grants, {@code makemigrations
 * --check} is clean, and the generated rollback script migrates back keeping every row.
 */
class PlanMigrationExampleIT {
  private static final int STUDENTS = 120;
  private static final Pattern CLASS = Pattern.compile("\\bBMParliamentMember\\b");
  private static final Pattern LABEL = Pattern.compile("\\bconstituents\\.bmparliamentmember\\b");

  @RegisterExtension static PostgresTestDatabase postgres = new PostgresTestDatabase();

  @TempDir Path work;

  @BeforeEach
  void requireDjango() throws Exception {
    ExampleProject.assumeDjango();
  }

  @Test
  void generatedMigrationsRenameForwardAndBackOnSqlite() throws Exception {
    renameForwardAndBack(work, sqlite(work.resolve("madaris.sqlite3"), Map.of()), List.of());
  }

  /**
   * The same, on SQLite and PostgreSQL, on each newer Django release the test script unpacked from
   * Debian's archive (4.2 LTS from trixie, 5.x from sid; MIGPLAN_TEST_DJANGO_RELEASES,
   * "version=directory;..."), its directory first on PYTHONPATH, planned with {@code
   * --django-version} of that release.
   */
  @Test
  void generatedMigrationsRenameForwardAndBackOnNewerDjangoReleases() throws Exception {
    for (ExampleProject.DjangoRelease release : ExampleProject.newerDjangoReleases()) {
      String version = release.majorMinor();
      Path base = Files.createDirectories(work.resolve("django-" + version));
      Map<String, String> python = release.environment();
      ExampleProject.Run running =
          ExampleProject.run(
              base,
              python,
              ExampleProject.PYTHON.toString(),
              "-c",
              "import django; print(django.get_version())");
      succeed(running);
      assertThat(running.stdout().strip()).as("the release under test").startsWith(version);
      List<String> planOptions = List.of("--django-version", version);
      renameForwardAndBack(
          Files.createDirectories(base.resolve("sqlite")),
          sqlite(base.resolve("madaris.sqlite3"), python),
          planOptions);
      renameForwardAndBack(
          Files.createDirectories(base.resolve("postgresql")),
          postgresDatabase(python),
          planOptions);
    }
  }

  /** The example's SQLite database at {@code file}, with {@code python}'s environment added. */
  private static DatabaseUnderTest sqlite(Path file, Map<String, String> python) {
    return DatabaseUnderTest.sqlite(file, ExampleProject.sqliteEnvironment(file), python);
  }

  @Test
  void generatedMigrationsRenameForwardAndBackOnPostgres() throws Exception {
    renameForwardAndBack(work, postgresDatabase(Map.of()), List.of());
  }

  /**
   * The class's PostgreSQL database, emptied first (the tests share it), with {@code python}'s
   * environment added.
   */
  private static DatabaseUnderTest postgresDatabase(Map<String, String> python) {
    postgres
        .jdbi()
        .useHandle(
            h -> {
              h.execute("DROP SCHEMA public CASCADE");
              h.execute("CREATE SCHEMA public");
            });
    return DatabaseUnderTest.postgres(
        postgres, ExampleProject.postgresEnvironment(postgres.url()), python);
  }

  /**
   * Plans into {@code base}, renames forward and back and checks the data.
   *
   * @param planOptions added to the plan command line (e.g. --django-version)
   */
  private void renameForwardAndBack(Path base, DatabaseUnderTest database, List<String> planOptions)
      throws Exception {
    Path project = copyExample(base.resolve("madaris"));
    Map<String, String> env = database.environment();
    if (!planOptions.isEmpty()) {
      // a project that lives on the newer release has the migrations that release writes for it
      // (4.0 and later keep a related_name's %(class)s placeholders in the migration state, so
      // the example's 3.2 migrations are not clean there): made before anything is planned
      succeed(ExampleProject.manageIn(project, env, "makemigrations", "--noinput"));
    }
    succeed(ExampleProject.manageIn(project, env, "migrate", "--noinput"));
    try (Connection connection = database.connect()) {
      new DemoDataGenerator().generate(connection, STUDENTS);
    }
    Snapshot before = Snapshot.take(database, "bmparliamentmember");
    assertThat(before.counts().get("alumni_graduate")).as("graduates to carry").isPositive();
    assertThat(before.grants()).as("grants on the model").isNotEmpty();

    JsonNode plan = plan(base, project, database.url(), planOptions);
    JsonNode migrations = plan.get("migrations");
    assertThat(migrations).hasSize(2);
    String strategy =
        Files.readString(base.resolve("plan/MIGRATION_STRATEGY.md"), StandardCharsets.UTF_8);
    List<String> files = new ArrayList<>();
    for (JsonNode migration : migrations) {
      String path = migration.get("file").asText();
      String text = migration.get("text").asText();
      assertThat(strategy).as("the strategy shows " + path).contains("`" + path + "`", text);
      Path target = project.resolve(path);
      assertThat(target).doesNotExist();
      assertThat(target.getParent()).isDirectory();
      Files.writeString(target, text, StandardCharsets.UTF_8);
      files.add(path);
    }
    assertThat(files)
        .containsExactly(
            "src/apps/constituents/migrations/0006_rename_bmparliamentmember_student.py",
            "src/apps/alumni/migrations/0002_rename_bmparliamentmember_ptr_student_ptr.py");
    renameClass(project);

    ExampleProject.Run forward = ExampleProject.manageIn(project, env, "migrate", "--noinput");
    succeed(forward);
    assertThat(forward.stdout())
        .contains("Applying constituents.0006_rename_bmparliamentmember_student... OK")
        .contains("Applying alumni.0002_rename_bmparliamentmember_ptr_student_ptr... OK");
    ExampleProject.Run check =
        ExampleProject.manageIn(project, env, "makemigrations", "--check", "--dry-run");
    succeed(check);
    assertThat(check.stdout()).contains("No changes detected");

    // the dependencies order the rename after every migration naming the model: a fresh
    // database (the test runner's) migrates from scratch
    Map<String, String> freshEnvironment =
        new TreeMap<>(ExampleProject.sqliteEnvironment(base.resolve("fresh.sqlite3")));
    if (env.containsKey("PYTHONPATH")) {
      freshEnvironment.put("PYTHONPATH", env.get("PYTHONPATH"));
    }
    ExampleProject.Run fresh =
        ExampleProject.manageIn(project, freshEnvironment, "migrate", "--noinput");
    succeed(fresh);

    Snapshot after = Snapshot.take(database, "student");
    assertThat(after.counts()).isEqualTo(renamed(before.counts()));
    assertThat(after.contentTypeId()).isEqualTo(before.contentTypeId());
    assertThat(after.oldContentTypes()).as("no stale content type").isZero();
    assertThat(after.grants()).isEqualTo(before.grants());
    assertThat(after.graduateColumns()).contains("student_ptr_id");

    ExampleProject.Run rollback = rollbackWith(base, project, env);
    succeed(rollback);
    assertThat(rollback.stdout())
        .contains("Unapplying alumni.0002_rename_bmparliamentmember_ptr_student_ptr... OK")
        .contains("Unapplying constituents.0006_rename_bmparliamentmember_student... OK")
        .doesNotContain("FAIL ");
    Snapshot back = Snapshot.take(database, "bmparliamentmember");
    assertThat(back.counts()).isEqualTo(before.counts());
    assertThat(back.contentTypeId()).isEqualTo(before.contentTypeId());
    assertThat(back.grants()).isEqualTo(before.grants());
    assertThat(back.graduateColumns()).contains("bmparliamentmember_ptr_id");
  }

  /** Runs the generated rollback script against the test database. */
  private ExampleProject.Run rollbackWith(Path base, Path project, Map<String, String> env)
      throws Exception {
    Map<String, String> environment = new TreeMap<>(env);
    environment.put("PYTHON", ExampleProject.PYTHON.toString());
    environment.put("MIGPLAN_PROJECT_DIR", project.toString());
    return ExampleProject.run(
        base.resolve("plan"), environment, "/bin/bash", "rollback_student_migration.sh");
  }

  private JsonNode plan(Path base, Path project, String url, List<String> options)
      throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "plan",
                "--project",
                project.toString(),
                "--model",
                "constituents.BMParliamentMember",
                "--to",
                "Student",
                "--db",
                url,
                "--out",
                base.resolve("plan").toString()));
    args.addAll(options);
    CliRun.Result result =
        CliRun.run(work, Map.of("SOURCE_DATE_EPOCH", "0"), args.toArray(String[]::new));
    // 1: written, with findings at or above the default --fail-on
    assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
    return new ObjectMapper().readTree(base.resolve("plan/plan.json").toFile());
  }

  private static void succeed(ExampleProject.Run run) {
    assertThat(run.exitCode()).as(run.describe()).isZero();
  }

  /** A copy of the example without byte code or databases. */
  private static Path copyExample(Path target) throws IOException {
    Path source = ExampleProject.directory();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        String relative = source.relativize(file).toString();
        if (relative.contains("__pycache__") || relative.endsWith(".sqlite3")) {
          continue;
        }
        Path destination = target.resolve(relative);
        if (Files.isDirectory(file)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(file, destination);
        }
      }
    }
    return target;
  }

  /**
   * The code rename: the class name as a word, and lazy {@code 'constituents.bmparliamentmember'}
   * references, in every source file except migrations.
   */
  private static void renameClass(Path project) throws IOException {
    try (Stream<Path> files = Files.walk(project)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        boolean source = name.endsWith(".py") || name.endsWith(".html") || name.endsWith(".json");
        if (!source || project.relativize(file).toString().contains("/migrations/")) {
          continue;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String renamed =
            LABEL
                .matcher(CLASS.matcher(text).replaceAll("Student"))
                .replaceAll("constituents.student");
        if (!renamed.equals(text)) {
          Files.writeString(file, renamed, StandardCharsets.UTF_8);
        }
      }
    }
  }

  /** Before-rename table names mapped to their names after the rename. */
  private static Map<String, Long> renamed(Map<String, Long> counts) {
    Map<String, Long> names = new TreeMap<>();
    Map<String, String> renames =
        Map.of(
            "constituents_bmparliamentmember", "constituents_student",
            "constituents_bmparliamentmember_tags", "constituents_student_tags");
    counts.forEach((table, rows) -> names.put(renames.getOrDefault(table, table), rows));
    return names;
  }

  /**
   * What the rename must keep.
   *
   * @param counts rows of every table but django_migrations
   * @param contentTypeId the id of the model's content type
   * @param oldContentTypes content types left under the other name
   * @param grants {@code group|user name → permission id:codename} for the model's permissions,
   *     with the codename's model part replaced by {@code <model>}
   * @param graduateColumns the columns of the MTI child's table
   */
  private record Snapshot(
      Map<String, Long> counts,
      long contentTypeId,
      long oldContentTypes,
      TreeSet<String> grants,
      List<String> graduateColumns) {

    static Snapshot take(DatabaseUnderTest database, String model) throws SQLException {
      String other = model.equals("student") ? "bmparliamentmember" : "student";
      try (Connection connection = database.connect();
          Statement statement = connection.createStatement()) {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows =
            meta.getTables(null, database.schema(), "%", new String[] {"TABLE"})) {
          while (rows.next()) {
            tables.add(rows.getString("TABLE_NAME"));
          }
        }
        for (String table : tables) {
          if (table.equals("django_migrations") || table.startsWith("sqlite_")) {
            continue;
          }
          try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rows.next();
            counts.put(table, rows.getLong(1));
          }
        }
        long contentType = single(statement, contentTypeQuery("id", model));
        long stale = single(statement, contentTypeQuery("COUNT(*)", other));
        TreeSet<String> grants = new TreeSet<>();
        String permissions =
            " JOIN auth_permission p ON p.id = g.permission_id JOIN django_content_type ct ON"
                + " ct.id = p.content_type_id WHERE ct.app_label = 'constituents' AND ct.model = '"
                + model
                + "'";
        collect(
            statement,
            "SELECT 'group ' || x.name, p.id, p.codename FROM auth_group_permissions g"
                + " JOIN auth_group x ON x.id = g.group_id"
                + permissions,
            model,
            grants);
        collect(
            statement,
            "SELECT 'user ' || x.username, p.id, p.codename FROM auth_user_user_permissions g"
                + " JOIN auth_user x ON x.id = g.user_id"
                + permissions,
            model,
            grants);
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(null, database.schema(), "alumni_graduate", "%")) {
          while (rows.next()) {
            columns.add(rows.getString("COLUMN_NAME"));
          }
        }
        return new Snapshot(counts, contentType, stale, grants, columns);
      }
    }

    private static String contentTypeQuery(String what, String model) {
      return "SELECT "
          + what
          + " FROM django_content_type WHERE app_label = 'constituents' AND model = '"
          + model
          + "'";
    }

    private static long single(Statement statement, String sql) throws SQLException {
      try (ResultSet rows = statement.executeQuery(sql)) {
        assertThat(rows.next()).as(sql).isTrue();
        return rows.getLong(1);
      }
    }

    private static void collect(Statement statement, String sql, String model, TreeSet<String> into)
        throws SQLException {
      try (ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          String codename = rows.getString(3);
          assertThat(codename).endsWith("_" + model);
          into.add(
              rows.getString(1)
                  + " → "
                  + rows.getLong(2)
                  + ":"
                  + codename.substring(0, codename.length() - model.length())
                  + "<model>");
        }
      }
    }
  }
}
