package org.migplan.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migplan.db.postgres.PostgresDialect;
import org.migplan.db.sqlite.SqliteDialect;

class IdentifiersTest {
  static Stream<Arguments> hostileNames() {
    return Stream.of(new PostgresDialect(), new SqliteDialect())
        .flatMap(
            dialect ->
                Stream.of(
                    Arguments.of(dialect, "plain", "\"plain\""),
                    Arguments.of(dialect, "a\"b", "\"a\"\"b\""),
                    Arguments.of(dialect, "MixedCase", "\"MixedCase\""),
                    Arguments.of(dialect, "select", "\"select\""),
                    Arguments.of(dialect, "with space", "\"with space\""),
                    Arguments.of(dialect, "dotted.name", "\"dotted.name\""),
                    Arguments.of(dialect, "مدرسة_طالب", "\"مدرسة_طالب\""),
                    Arguments.of(dialect, "x".repeat(63), "\"" + "x".repeat(63) + "\""),
                    Arguments.of(dialect, "\"\"", "\"\"\"\"\"\"")));
  }

  @ParameterizedTest(name = "{0} quotes {1}")
  @MethodSource("hostileNames")
  void quotesEveryIdentifierAndDoublesEmbeddedQuotes(
      Dialect dialect, String identifier, String expected) {
    assertThat(dialect.quote(identifier)).isEqualTo(expected);
  }

  @Test
  void rejectsEmptyAndNulIdentifiers() {
    assertThatThrownBy(() -> Identifiers.quote("", '"'))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Identifiers.quote("a\0b", '`'))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Identifiers.quote("a`b", '`')).isEqualTo("`a``b`");
  }
}
