package org.migplan.scan.python;

import java.util.List;
import java.util.Optional;

/** The text inside string literal tokens (prefix and quotes removed, escapes kept as written). */
public final class StringLiterals {
  private StringLiterals() {}

  /** The content of one string token. */
  public static String content(Token token) {
    long bounds = contentBounds(token);
    return token.text((int) (bounds >>> 32), (int) bounds);
  }

  /**
   * Where a string token's content starts and ends inside the token (offsets packed as {@code start
   * << 32 | end}), found in place without copying the text.
   */
  public static long contentBounds(Token token) {
    int length = token.length();
    int quote = 0;
    while (quote < length && token.charAt(quote) != '\'' && token.charAt(quote) != '"') {
      quote++;
    }
    if (quote >= length) {
      return 0L;
    }
    char q = token.charAt(quote);
    boolean triple =
        quote + 2 < length
            && token.charAt(quote + 1) == q
            && token.charAt(quote + 2) == q
            && length >= quote + 6;
    int open = quote + (triple ? 3 : 1);
    int close = length;
    int closing = triple ? 3 : 1;
    if (close - open >= closing && endsWith(token, q, closing)) {
      close -= closing;
    }
    return open <= close ? ((long) open << 32) | close : 0L;
  }

  private static boolean endsWith(Token token, char quote, int count) {
    int length = token.length();
    for (int i = 1; i <= count; i++) {
      if (token.charAt(length - i) != quote) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token is an f-string (its content is not a constant). */
  public static boolean isFormatted(Token token) {
    for (int i = 0; i < token.length() && i < 2; i++) {
      char c = token.charAt(i);
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
