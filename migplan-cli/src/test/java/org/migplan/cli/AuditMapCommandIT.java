package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.cli.CliRun.Result;
import org.migplan.cli.demo.DemoDataGenerator;
import org.migplan.db.testing.PostgresTestDatabase;
import org.migplan.db.testing.SqliteTestDatabase;

/** {@code migplan audit} and {@code migplan map} end to end on real SQLite and PostgreSQL. */
class AuditMapCommandIT {
  @RegisterExtension static PostgresTestDatabase postgres = new PostgresTestDatabase();
  @TempDir static Path directory;
  private static SqliteTestDatabase sqlite;

  @BeforeAll
  static void load() {
    sqlite =
        SqliteTestDatabase.in(directory, "clubs.sqlite3")
            .runResource("fixtures/sqlite/clubs-schema.sql")
            .runResource("fixtures/sqlite/clubs-data.sql");
    postgres.runResource("fixtures/postgres/clubs-schema.sql");
    postgres.runResource("fixtures/postgres/clubs-data.sql");
    // statistics in place, so autovacuum cannot change the planner's estimate between two runs
    postgres.jdbi().useHandle(h -> h.execute("ANALYZE"));
  }

  private static Result run(Map<String, String> environment, String... args) {
    return CliRun.run(directory, environment, args);
  }

  private static Result run(String... args) {
    return run(Map.of(), args);
  }

  private static String[] args(String command, String model, String db, String format) {
    return new String[] {
      command, "--project", ".", "--model", model, "--db", db, "--format", format
    };
  }

  @Test
  void auditOnSqliteAsText() {
    Result result = run(args("audit", "people.ClubMember", sqlite.djangoUrl(), "text"));
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith("Audit of people.ClubMember: table people_clubmember (sqlite)\n")
        .contains("Rows: 6\n")
        .contains("  status: active 4, left 1, suspended 1\n")
        .contains("  mentor_id: 3\n")
        .contains("  joined_on: 2019-07-15 .. 2022-12-31\n")
        .contains("  Audit \"Trail\"(Who) -> people_clubmember(id)  ON DELETE CASCADE");
  }

  @Test
  void auditOnPostgresAsJsonIsStable() {
    String[] args = args("audit", "people.ClubMember", postgres.urlWithPassword(), "json");
    Result first = run(args);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .startsWith("{\n  \"model\" : \"people.ClubMember\",\n  \"engine\" : \"postgresql\",")
        .contains("\"table\" : \"people_clubmember\"")
        .contains("\"row_count\" : 6")
        .contains(
            "\"status\" : {\n      \"active\" : 4,\n      \"left\" : 1,\n      \"suspended\" : 1")
        .contains("\"columns\" : [", "\"indexes\" : [", "\"constraints\" : [")
        .contains("\"definition\" : \"CHECK ((age >= 0))\"");
    assertThat(run(args).out()).isEqualTo(first.out());
  }

  @Test
  void mapOnPostgresAsJson() {
    Result result = run(args("map", "people.ClubMember", postgres.urlWithPassword(), "json"));
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("\"db_relations\" : [")
        .contains(
            "\"table\" : \"people_clubmember_teams\",\n      \"column\" : \"clubmember_id\",\n"
                + "      \"kind\" : \"m2m_table\",\n      \"rows\" : 4,")
        .contains("\"kind\" : \"mti_child\"", "\"kind\" : \"self\"", "\"kind\" : \"generic\"")
        .contains("\"admin_log_rows\" : 2")
        .contains(
            "\"latest_migration\" : {\n      \"app\" : \"people\",\n      \"name\" : \"0001_initial\"");
  }

  @Test
  void mapOnSqliteAsText() {
    Result result = run(args("map", "people.ClubMember", sqlite.djangoUrl(), "text"));
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(
            "  m2m_table  people_clubmember_teams.clubmember_id: 4 rows -> 3 referenced, with"
                + " team_id -> people_team;")
        .contains("  view_clubmember: 1 group grants, 1 user grants\n")
        .contains("  rollback target: people 0001_initial\n");
  }

  @Test
  void aMissingTableIsOneLineWithTheClosestNames() {
    Result result = run(args("audit", "people.ClubMembr", sqlite.djangoUrl(), "text"));
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "migplan: table 'people_clubmembr' is not in the database; closest:"
                + " people_clubmember, people_clubmember_teams, people_seniormember\n");
  }

  @Test
  void withoutADatabaseItAsksForDb() {
    Result result = run("audit", "--project", ".", "--model", "people.ClubMember");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("migplan: no database given; pass --db URL")
        .hasLineCount(1);
  }

  @Test
  void theDatabaseUrlCanComeFromTheEnvironment() {
    Result result =
        run(
            Map.of("DATABASE_URL", sqlite.djangoUrl()),
            "map",
            "--project",
            ".",
            "--model",
            "people.ClubMember");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("mti_child  people_seniormember.clubmember_ptr_id: 2 rows");
  }

  @Test
  void badInputsAreOneLineErrors() {
    for (List<String> args :
        List.of(
            List.of("audit", "--project", ".", "--model", "people.ClubMember", "--db", "mysql:/x"),
            List.of("audit", "--project", ".", "--model", "ClubMember", "--db", sqlite.djangoUrl()),
            List.of("map", "--project", ".", "--model", "people.ClubMember", "--format", "xml"),
            List.of("map", "--model", "people.ClubMember", "--db", sqlite.djangoUrl()))) {
      Result result = run(args.toArray(String[]::new));
      assertThat(result.exitCode()).as(args.toString()).isEqualTo(2);
      assertThat(result.err()).as(args.toString()).startsWith("migplan: ").hasLineCount(1);
    }
    Result missingProject =
        run("audit", "--project", "nowhere", "--model", "a.B", "--db", sqlite.djangoUrl());
    assertThat(missingProject.exitCode()).isEqualTo(3);
    assertThat(missingProject.err()).contains("nowhere").contains("is not a directory");
    Result wrongPassword =
        run(
            args(
                "audit",
                "people.ClubMember",
                postgres.urlWithPassword().replace("migplan_test@", "wrong-secret@"),
                "text"));
    assertThat(wrongPassword.exitCode()).isEqualTo(3);
    assertThat(wrongPassword.err())
        .startsWith("migplan: cannot connect")
        .doesNotContain("wrong-secret");
  }

  /** The example's real schema with demo data: every foreign key's rows match a direct count. */
  @Test
  void mapsTheExampleProjectsStudentTable() throws Exception {
    SqliteTestDatabase madaris =
        SqliteTestDatabase.in(directory, "madaris.sqlite3")
            .runResource("fixtures/sqlite/madaris-schema.sql");
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + madaris.file())) {
      new DemoDataGenerator().generate(connection, 120);
    }
    Result result =
        run(args("map", "constituents.BMParliamentMember", madaris.djangoUrl(), "text"));
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> relations =
        result
            .out()
            .lines()
            .filter(l -> l.matches("  (foreign_key|m2m_table|mti_child|self|generic)  .*"))
            .toList();
    assertThat(relations).isNotEmpty();
    for (String line : relations) {
      String[] parts = line.strip().split("  ", 2);
      String tableAndColumn = parts[1].substring(0, parts[1].indexOf(':'));
      String table = tableAndColumn.substring(0, tableAndColumn.lastIndexOf('.'));
      String column = tableAndColumn.substring(tableAndColumn.lastIndexOf('.') + 1);
      long rows =
          Long.parseLong(parts[1].replaceAll("^[^:]*: ([0-9,]+) rows.*$", "$1").replace(",", ""));
      String where =
          parts[0].equals("generic")
              ? " WHERE content_type_id = (SELECT id FROM django_content_type WHERE app_label = 'constituents' AND model = 'bmparliamentmember')"
              : "";
      long expected =
          madaris
              .jdbi()
              .withHandle(
                  h ->
                      h.select("SELECT count(\"" + column + "\") FROM \"" + table + "\"" + where)
                          .mapTo(Long.class)
                          .one());
      assertThat(rows).as(line).isEqualTo(expected);
    }
    assertThat(result.out()).contains("m2m_table  constituents_bmparliamentmember_tags.");
  }
}
