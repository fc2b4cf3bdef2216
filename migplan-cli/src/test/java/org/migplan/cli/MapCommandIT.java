package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
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

  @Test
  void sourceSideListsRelationsAndReferencesByKind() {
    Result result = run("map", "--project", "example/madaris", "--model", MODEL);

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
    Result result =
        run("map", "--project", "example/madaris", "--model", MODEL, "--format", "json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("\"relations\" : [")
        .contains("\"references\" : [")
        .contains("\"inherited_from\" : \"fees.StudentOwned\"")
        .contains("\"kind\" : \"get_model_call\"")
        .contains("\"must_change\" : false")
        .doesNotContain("\"db_relations\"");
    assertThat(
            run("map", "--project", "example/madaris", "--model", MODEL, "--format", "json").out())
        .isEqualTo(result.out());
  }

  @Test
  void withADatabaseTheTwoSidesAreCrossChecked(@TempDir Path directory) {
    SqliteTestDatabase database =
        SqliteTestDatabase.in(directory, "madaris.sqlite3")
            .runResource("fixtures/sqlite/madaris-schema.sql");

    Result result =
        run("map", "--project", "example/madaris", "--model", MODEL, "--db", database.djangoUrl());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Cross-check of sources and database:")
        .contains(
            "missing_foreign_key: welfare_aid_householdsurvey.student_id"
                + " (src/apps/welfare/models.py:47): declared with db_constraint=False")
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
        run(
            "map",
            "--project",
            "example/madaris",
            "--model",
            MODEL,
            "--db",
            database.djangoUrl(),
            "--format",
            "json");

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
}
