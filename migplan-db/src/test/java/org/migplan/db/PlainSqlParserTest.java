package org.migplan.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.statement.ParsedSql;
import org.junit.jupiter.api.Test;

class PlainSqlParserTest {
  private static ParsedSql parse(String sql) {
    return new PlainSqlParser().parse(sql, null);
  }

  @Test
  void positionalParametersBecomePlaceholders() {
    ParsedSql parsed = parse("SELECT a FROM t WHERE b = ? AND c = ?");
    assertThat(parsed.getSql()).isEqualTo("SELECT a FROM t WHERE b = ? AND c = ?");
    assertThat(parsed.getParameters().isPositional()).isTrue();
    assertThat(parsed.getParameters().getParameterCount()).isEqualTo(2);
  }

  @Test
  void namedParametersAreFoundAndCastsAreNot() {
    ParsedSql parsed =
        parse("SELECT x::text, y::regclass FROM t WHERE s = :schema AND n = :table.name");
    assertThat(parsed.getSql())
        .isEqualTo("SELECT x::text, y::regclass FROM t WHERE s = ? AND n = ?");
    assertThat(parsed.getParameters().getParameterNames()).containsExactly("schema", "table.name");
  }

  @Test
  void nothingInsideLiteralsIdentifiersOrCommentsIsAParameter() {
    String sql =
        "SELECT 'what? :no', 'it''s :still ?', E'back\\' :slash ?', \"odd?:col\", `b?`, [c:?]"
            + " -- a comment? :none\n"
            + " /* outer ? /* nested :x */ still ? */"
            + " $$ body ? :y $$, $fn$ ? $$ :z $fn$"
            + " FROM t WHERE a = ?";
    ParsedSql parsed = parse(sql);
    assertThat(parsed.getSql()).isEqualTo(sql);
    assertThat(parsed.getParameters().getParameterCount()).isEqualTo(1);
  }

  @Test
  void arraySubscriptsAndNumberedParametersAreLeftAsWritten() {
    ParsedSql parsed = parse("SELECT a[1], ARRAY[2] [1], $1 FROM t WHERE b = :b");
    assertThat(parsed.getSql()).isEqualTo("SELECT a[1], ARRAY[2] [1], $1 FROM t WHERE b = ?");
    assertThat(parsed.getParameters().getParameterNames()).isEqualTo(List.of("b"));
  }

  @Test
  void unterminatedQuotesEndTheStatementWithoutFailing() {
    assertThat(parse("SELECT 'open ? ").getParameters().getParameterCount()).isZero();
    assertThat(parse("SELECT \"open ? ").getParameters().getParameterCount()).isZero();
    assertThat(parse("SELECT /* open ? ").getParameters().getParameterCount()).isZero();
    assertThat(parse("SELECT $q$ open ? ").getParameters().getParameterCount()).isZero();
  }
}
