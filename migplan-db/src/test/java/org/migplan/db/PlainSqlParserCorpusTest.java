package org.migplan.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.ParsedSql;
import org.junit.jupiter.api.Test;

/**
 * Every distinct statement the test suites sent through Jdbi (recorded from a full run of the db
 * and cli tests, numbers folded) parses with {@link PlainSqlParser} exactly as with Jdbi's own
 * {@link ColonPrefixSqlParser}, which it replaced. The catalog queries kept as {@code .sql}
 * resources are read from those files as migplan reads them, not copied into the recording.
 * Re-record when new kinds of SQL are added.
 */
class PlainSqlParserCorpusTest {
  @Test
  void everyStatementSentParsesAsWithJdbisParser() throws Exception {
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

  private static List<String> statements() throws Exception {
    List<String> statements = new ArrayList<>();
    try (InputStream in =
        PlainSqlParserCorpusTest.class.getResourceAsStream("statements-sent.sql")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Arrays.stream(text.split("\n----8<----\n", -1))
          .filter(s -> !s.isEmpty())
          .forEach(statements::add);
    }
    ClasspathSqlLocator locator = ClasspathSqlLocator.removingComments();
    int resources = 0;
    for (String engine : List.of("postgres", "sqlite")) {
      Path directory =
          Path.of(PlainSqlParserCorpusTest.class.getResource("/org/migplan/db/" + engine).toURI());
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
          String name = file.getFileName().toString();
          statements.add(
              locator.getResource(
                  PlainSqlParserCorpusTest.class.getClassLoader(),
                  "org/migplan/db/" + engine + "/" + name));
          resources++;
        }
      }
    }
    assertThat(resources).as("catalog queries kept as resources").isGreaterThanOrEqualTo(15);
    return statements;
  }
}
