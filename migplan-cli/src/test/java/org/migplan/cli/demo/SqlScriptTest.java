package org.migplan.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void splitsOnSemicolonsOutsideQuotesAndDropsComments() {
    SqlScript script =
        SqlScript.parse(
            "-- header; not a statement\n"
                + "INSERT INTO t VALUES ('a;b', 'it''s');\n"
                + "CREATE TABLE \"odd;name\" (x int); -- trailing\n");

    assertThat(script.statements())
        .extracting(SqlScript.Statement::sql)
        .containsExactly(
            "INSERT INTO t VALUES ('a;b', 'it''s')", "CREATE TABLE \"odd;name\" (x int)");
  }

  @Test
  void namedParametersBecomePlaceholdersButCastsStay() {
    SqlScript script =
        SqlScript.parse(
            "SELECT i::text, ':not' FROM generate_series(1, :students) AS i"
                + " WHERE i < :students + :limit_2;\n");

    SqlScript.Statement statement = script.statements().get(0);
    assertThat(statement.sql())
        .isEqualTo("SELECT i::text, ':not' FROM generate_series(1, ?) AS i WHERE i < ? + ?");
    assertThat(statement.parameters()).isEqualTo(List.of("students", "students", "limit_2"));
  }

  @Test
  void rejectsAnUnterminatedLastStatement() {
    assertThatThrownBy(() -> SqlScript.parse("SELECT 1;\nSELECT 2\n"))
        .hasMessageContaining("does not end with ';'");
    assertThatThrownBy(() -> SqlScript.parse("SELECT 'open;\n"))
        .hasMessageContaining("unterminated quote");
  }

  @Test
  void readsTheBundledScripts() {
    assertThat(SqlScript.fromResource("madaris-sqlite.sql").statements()).hasSizeGreaterThan(100);
    for (DemoDatabase database : DemoDatabase.values()) {
      assertThat(SqlScript.fromResource(database.dataResource()).statements())
          .as(database.dataResource())
          .isNotEmpty()
          .allSatisfy(statement -> assertThat(statement.parameters()).allMatch("students"::equals));
    }
  }
}
