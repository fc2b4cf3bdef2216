package org.migplan.scan.python;

import java.util.List;
import java.util.Optional;

/** Small helpers over token lists. */
public final class Expressions {
  private Expressions() {}

  /**
   * The index after a dotted name {@code a.b.c} starting at {@code from} ({@code from} if none).
   */
  public static int dottedEnd(List<Token> tokens, int from) {
    int i = from;
    if (i >= tokens.size() || tokens.get(i).type() != TokenType.NAME) {
      return from;
    }
    i++;
    while (i + 1 < tokens.size()
        && tokens.get(i).is(".")
        && tokens.get(i + 1).type() == TokenType.NAME) {
      i += 2;
    }
    return i;
  }

  /** The expression when it is exactly a dotted name, e.g. {@code models.Model}. */
  public static Optional<String> dotted(List<Token> expression) {
    if (!expression.isEmpty() && dottedEnd(expression, 0) == expression.size()) {
      return Optional.of(text(expression));
    }
    return Optional.empty();
  }

  /** The tokens' texts joined, with a space only between two names or numbers. */
  public static String text(List<Token> tokens) {
    StringBuilder text = new StringBuilder();
    Token previous = null;
    for (Token token : tokens) {
      if (previous != null && isWord(previous) && isWord(token)) {
        text.append(' ');
      } else if (previous != null && token.is("=") == false && needsSpace(previous, token)) {
        text.append(' ');
      }
      text.append(token.text());
      previous = token;
    }
    return text.toString();
  }

  /** The literal value: a string's content, else the expression's text. */
  public static String value(List<Token> expression) {
    return StringLiterals.constant(expression).orElseGet(() -> text(expression));
  }

  private static boolean isWord(Token token) {
    return token.type() == TokenType.NAME
        || token.type() == TokenType.NUMBER
        || token.type() == TokenType.STRING;
  }

  private static boolean needsSpace(Token previous, Token token) {
    return previous.is(",");
  }
}
