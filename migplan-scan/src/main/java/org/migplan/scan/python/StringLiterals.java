package org.migplan.scan.python;

import java.util.List;
import java.util.Optional;

/** The text inside string literal tokens (prefix and quotes removed, escapes kept as written). */
public final class StringLiterals {
  private StringLiterals() {}

  /** The content of one string token. */
  public static String content(Token token) {
    String text = token.text();
    int quote = 0;
    while (quote < text.length() && text.charAt(quote) != '\'' && text.charAt(quote) != '"') {
      quote++;
    }
    if (quote >= text.length()) {
      return "";
    }
    char q = text.charAt(quote);
    boolean triple =
        text.startsWith(String.valueOf(q).repeat(3), quote) && text.length() >= quote + 6;
    int open = quote + (triple ? 3 : 1);
    int close = text.length();
    int closing = triple ? 3 : 1;
    if (close - open >= closing && text.endsWith(String.valueOf(q).repeat(closing))) {
      close -= closing;
    }
    return open <= close ? text.substring(open, close) : "";
  }

  /** Whether the token is an f-string (its content is not a constant). */
  public static boolean isFormatted(Token token) {
    String text = token.text();
    for (int i = 0; i < text.length() && i < 2; i++) {
      char c = text.charAt(i);
      if (c == 'f' || c == 'F') {
        return true;
      }
      if (c == '\'' || c == '"') {
        return false;
      }
    }
    return false;
  }

  /**
   * The constant value of an expression made only of adjacent non-formatted string literals ({@code
   * 'a' 'b'}), empty otherwise.
   */
  public static Optional<String> constant(List<Token> expression) {
    if (expression.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder value = new StringBuilder();
    for (Token token : expression) {
      if (token.type() != TokenType.STRING || isFormatted(token)) {
        return Optional.empty();
      }
      value.append(content(token));
    }
    return Optional.of(value.toString());
  }
}
