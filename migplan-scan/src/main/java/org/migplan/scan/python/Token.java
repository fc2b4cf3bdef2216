package org.migplan.scan.python;

/**
 * A token: its type, its span in the source ({@code start} inclusive, {@code end} exclusive) and
 * where it starts (1-based line, 0-based column).
 */
public record Token(TokenType type, int start, int end, int line, int column, String text) {
  /** Whether this is an operator or bracket with exactly this text. */
  public boolean is(String operator) {
    return type == TokenType.OPERATOR && text.equals(operator);
  }

  /** Whether this is the name (or keyword) {@code name}. */
  public boolean isName(String name) {
    return type == TokenType.NAME && text.equals(name);
  }
}
