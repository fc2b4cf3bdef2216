package org.migplan.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.ParsedSql;
import org.junit.jupiter.api.Test;

/**
 * Every distinct statement the test suites sent through Jdbi (recorded from a full run of the db
 * and cli tests, numbers folded) parses with {@link PlainSqlParser} exactly as with Jdbi's own
 * {@link ColonPrefixSqlParser}, which it replaced. Re-record when new kinds of SQL are added.
 */
class PlainSqlParserCorpusTest {
  @Test
  void everyStatementSentParsesAsWithJdbisParser() throws IOException {
    List<String> statements = statements();
    assertThat(statements).hasSizeGreaterThan(400);
    PlainSqlParser plain = new PlainSqlParser();
    ColonPrefixSqlParser jdbi = new ColonPrefixSqlParser();
    for (String sql : statements) {
      ParsedSql expected = jdbi.parse(sql, null);
      assertThat(plain.parse(sql, null)).as(sql).isEqualTo(expected);
    }
    assertThat(
            statements.stream()
                .filter(s -> plain.parse(s, null).getParameters().getParameterCount() > 0))
        .hasSizeGreaterThanOrEqualTo(40);
  }

  private static List<String> statements() throws IOException {
    try (InputStream in =
        PlainSqlParserCorpusTest.class.getResourceAsStream("statements-sent.sql")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Arrays.stream(text.split("\n----8<----\n", -1)).filter(s -> !s.isEmpty()).toList();
    }
  }
}
