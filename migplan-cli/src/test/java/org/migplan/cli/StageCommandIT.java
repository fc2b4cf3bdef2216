package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Dialects;
import org.migplan.db.backup.PostgresDatabases;
import org.migplan.db.checksum.TableChecksums;
import org.migplan.db.testing.PostgresTestDatabase;
import org.migplan.db.testing.SqliteTestDatabase;

/**
 * Stage and fixture end to end with Django 3.2: migrate and fill a project, stage it with a
 * fixture, load the fixture into an empty migrated database and compare every table; and compare
 * the fixture with dumpdata's.
 */
class StageCommandIT {
  private static final String MODELS = "school.club,school.guardian,school.house,school.student";
  @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();
  @TempDir static Path dir;
  private static DjangoProject project;
  private static final List<String> created = new ArrayList<>();

  @BeforeAll
  static void populate() throws Exception {
    project = DjangoProject.copy("school", dir.resolve("project"));
    project.migrateAndPopulate(pg.url());
  }

  @AfterAll
  static void dropCopies() {
    PostgresDatabases server = new PostgresDatabases(pg.url());
    for (String name : created) {
      if (server.exists(name) && server.isMarked(name, PostgresDatabases.STAGING)) {
        server.dropMarked(name, PostgresDatabases.STAGING);
      } else if (server.exists(name)) {
        admin().useHandle(h -> h.execute("DROP DATABASE \"" + name + "\" WITH (FORCE)"));
      }
    }
  }

  @Test
  void postgresFixtureLoadsIntoAnEmptyDatabaseWithIdenticalData() throws Exception {
    String staging = name("staging");
    CliRun.Result result =
        run(
            "stage",
            "--db",
            pg.urlWithPassword(),
            "--to",
            staging,
            "--fixture",
            "school.json",
            "--model",
            "school.Student",
            "--project",
            "project");
    assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
    assertThat(result.out()).contains("verified: yes").contains("fixture:  school.json");
    assertThat(Files.readString(dir.resolve("school.json")))
        .startsWith("[{\"model\": \"school.club\", \"pk\": 1, \"fields\": {")
        .doesNotContain("school.unrelated");
    assertThat(new PostgresDatabases(pg.url()).isMarked(staging, PostgresDatabases.STAGING))
        .isTrue();

    DatabaseUrl loaded = emptyDatabase();
    project.manage(loaded, Map.of(), "migrate", "-v", "0");
    project.manage(loaded, Map.of(), "loaddata", dir.resolve("school.json").toString());
    assertSameSchoolTables(pg.url(), loaded);

    String dumpdata =
        project.manage(
            pg.url(),
            Map.of(),
            "dumpdata",
            "school.club",
            "school.guardian",
            "school.house",
            "school.student");
    assertThat(normalized(Files.readString(dir.resolve("school.json"))))
        .isEqualTo(normalized(dumpdata));
  }

  @Test
  void refusesToOverwriteADatabaseMigplanDidNotMakeAndReplacesItsOwnCopy() throws Exception {
    DatabaseUrl foreign = emptyDatabase();
    CliRun.Result foreignRun =
        run("stage", "--db", pg.urlWithPassword(), "--to", foreign.database());
    assertThat(foreignRun.exitCode()).isEqualTo(2);
    assertThat(foreignRun.err()).contains("is not a staging copy migplan made");

    String staging = name("replaced");
    assertThat(run("stage", "--db", pg.urlWithPassword(), "--to", staging).exitCode()).isZero();
    CliRun.Result again = run("stage", "--db", pg.urlWithPassword(), "--to", staging);
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("pass --replace");
    CliRun.Result replaced =
        run(
            "stage",
            "--db",
            pg.urlWithPassword(),
            "--to",
            staging,
            "--replace",
            "--format",
            "json");
    assertThat(replaced.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(replaced.out());
    assertThat(json.get("verified").asBoolean()).isTrue();
    assertThat(json.get("tables").size()).isGreaterThan(5);
  }

  @Test
  void sqliteStageAndFixtureRoundTrip() throws Exception {
    DatabaseUrl source = DatabaseUrl.sqliteFile(dir.resolve("source.sqlite3"));
    project.migrateAndPopulate(source);
    CliRun.Result result =
        run(
            "stage",
            "--db",
            "sqlite:///" + source.sqlitePath(),
            "--to",
            "staging.sqlite3",
            "--fixture",
            "sqlite.json",
            "--models",
            MODELS,
            "--project",
            "project");
    assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
    assertThat(Files.exists(dir.resolve("staging.sqlite3.migplan-staging"))).isTrue();
    DatabaseUrl loaded = SqliteTestDatabase.in(dir, "loaded.sqlite3").url();
    project.manage(loaded, Map.of(), "migrate", "-v", "0");
    project.manage(loaded, Map.of(), "loaddata", dir.resolve("sqlite.json").toString());
    assertSameSchoolTables(source, loaded);
    Files.writeString(dir.resolve("precious.sqlite3"), "not ours");
    assertThat(
            run("stage", "--db", "sqlite:///" + source.sqlitePath(), "--to", "precious.sqlite3")
                .exitCode())
        .isEqualTo(2);
    assertThat(Files.readString(dir.resolve("precious.sqlite3"))).isEqualTo("not ours");
  }

  /** Model tables by checksum; through tables by their (source, target) pairs (ids are new). */
  private static void assertSameSchoolTables(DatabaseUrl expected, DatabaseUrl actual) {
    List<TableSnapshot> before = schoolSnapshots(expected);
    List<TableSnapshot> after = schoolSnapshots(actual);
    assertThat(after).isEqualTo(before);
    assertThat(before).extracting(TableSnapshot::table).contains("school_student", "school_house");
    for (String through : List.of("school_student_clubs", "school_student_friends")) {
      assertThat(pairs(actual, through)).isEqualTo(pairs(expected, through)).isNotEmpty();
    }
  }

  private static List<TableSnapshot> schoolSnapshots(DatabaseUrl url) {
    return Dialects.forUrl(url)
        .openReadWrite(url)
        .withHandle(TableChecksums.forUrl(url)::snapshot)
        .stream()
        .filter(t -> t.table().startsWith("school_") && !t.table().startsWith("school_student_"))
        .filter(t -> !t.table().equals("school_unrelated"))
        .toList();
  }

  private static List<String> pairs(DatabaseUrl url, String table) {
    return Dialects.forUrl(url)
        .openReadWrite(url)
        .withHandle(
            h ->
                h.createQuery("SELECT * FROM " + table + " ORDER BY 2, 3")
                    .map((rs, ctx) -> rs.getString(2) + "-" + rs.getString(3))
                    .list());
  }

  /** The fixture as JSON with many-to-many lists sorted (dumpdata leaves them unordered). */
  private static JsonNode normalized(String fixture) throws Exception {
    JsonNode root = new ObjectMapper().readTree(fixture);
    for (JsonNode object : root) {
      ObjectNode fields = (ObjectNode) object.get("fields");
      for (String m2m : List.of("clubs", "friends")) {
        if (fields.has(m2m)) {
          List<Integer> ids = new ArrayList<>();
          fields.get(m2m).forEach(n -> ids.add(n.asInt()));
          ids.sort(null);
          ArrayNode sorted = fields.putArray(m2m);
          ids.forEach(sorted::add);
        }
      }
    }
    return root;
  }

  private static String name(String purpose) {
    String name = "migplan_it_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
    created.add(name);
    return name;
  }

  private static DatabaseUrl emptyDatabase() {
    String name = name("empty");
    admin().useHandle(h -> h.execute("CREATE DATABASE \"" + name + "\""));
    return pg.url().withDatabase(name);
  }

  private static Jdbi admin() {
    return Dialects.forUrl(pg.url()).openReadWrite(PostgresTestDatabase.serverUrl());
  }

  private static CliRun.Result run(String... args) {
    return CliRun.run(dir, Map.of(), args);
  }
}
