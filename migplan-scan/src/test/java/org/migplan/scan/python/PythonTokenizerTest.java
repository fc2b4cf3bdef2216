package org.migplan.scan.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PythonTokenizerTest {
  private static List<String> texts(String source, TokenType type) {
    return PythonTokenizer.tokenize(source).stream()
        .filter(t -> t.type() == type)
        .map(Token::text)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'a # b'",
        "\"a # b\"",
        "r'a\\'b'",
        "b'x'",
        "u'x'",
        "f'{x}'",
        "rb'x'",
        "Br'x'",
        "FR'x'",
        "rF'x'",
        "'''a\n'b'\n'''",
        "\"\"\"a\n\"b\"\n\"\"\"",
        "f'{d[\"k\"]}'",
        "f'{x:{width}}'",
        "f'{{literal}}'",
        "f'''{a}\n{b!r}'''",
        "'a\\\nb'"
      })
  void readsEveryStringFormAsOneToken(String literal) {
    List<Token> tokens = PythonTokenizer.tokenize("x = " + literal + "\n");

    assertThat(texts("x = " + literal + "\n", TokenType.STRING)).containsExactly(literal);
    assertThat(tokens.get(tokens.size() - 1).type()).isEqualTo(TokenType.NEWLINE);
  }

  @Test
  void commentsAndStringsHideCode() {
    String source =
        "# ForeignKey(Member)\n"
            + "s = 'ForeignKey(Member)'  # also here\n"
            + "d = \"\"\"\n  ForeignKey(Member)\n\"\"\"\n";

    assertThat(texts(source, TokenType.NAME)).containsExactly("s", "d");
    assertThat(texts(source, TokenType.COMMENT)).hasSize(2);
  }

  @Test
  void logicalLinesSpanBracketsAndContinuations() {
    String source = "a = f(1,\n      2)\nb = 1 + \\\n    2\nc = [\n  3,\n]\n";

    List<LogicalLine> lines = LogicalLine.of(PythonTokenizer.tokenize(source));

    assertThat(lines).hasSize(3);
    assertThat(lines).allSatisfy(line -> assertThat(line.level()).isZero());
    assertThat(lines.get(1).tokens())
        .extracting(Token::text)
        .containsExactly("b", "=", "1", "+", "2");
  }

  @Test
  void indentationGivesBlockLevels() {
    String source =
        "@decorator\nclass A(models.Model):\n    x = 1\n\n    class Meta:\n        abstract = True\n"
            + "    # a comment at another indent\n  \n    y = 2\nz = 3\n";

    List<LogicalLine> lines = LogicalLine.of(PythonTokenizer.tokenize(source));

    assertThat(lines).extracting(LogicalLine::level).containsExactly(0, 0, 1, 1, 2, 1, 0);
  }

  @Test
  void keepsLinesAndColumns() {
    List<Token> tokens = PythonTokenizer.tokenize("x = '''a\nb'''\ny = 2\n");

    Token y = tokens.stream().filter(t -> t.isName("y")).findFirst().orElseThrow();
    assertThat(y.line()).isEqualTo(3);
    assertThat(y.column()).isZero();
  }

  @Test
  void unterminatedInputStillEnds() {
    assertThat(PythonTokenizer.tokenize("x = 'abc\ny = 1\n")).anyMatch(t -> t.isName("y"));
    assertThat(PythonTokenizer.tokenize("x = '''abc\ny = 1\n")).noneMatch(t -> t.isName("y"));
    assertThat(PythonTokenizer.tokenize("f(\n")).isNotEmpty();
    assertThat(PythonTokenizer.tokenize(")))]]}}}\n  \tx\n")).isNotEmpty();
  }
}
