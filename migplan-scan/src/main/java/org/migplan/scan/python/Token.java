package org.migplan.scan.python;

/**
 * A token: its type, its span in the source ({@code start} inclusive, {@code end} exclusive) and
 * where it starts (1-based line, 0-based column). The token keeps the source and copies its text
 * out only when {@link #text} is asked for; {@link #is} and {@link #isName} compare in place.
 */
public final class Token {
  private final TokenType type;
  private final int start;
  private final int end;
  private final int line;
  private final int column;
  private final String source;

  /** The character of a one-character operator or bracket, else 0. */
  private final char single;

  private String text;

  Token(TokenType type, int start, int end, int line, int column, String source, String text) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.line = line;
    this.column = column;
    this.source = source;
    this.text = text;
    this.single = type == TokenType.OPERATOR && end - start == 1 ? source.charAt(start) : '\0';
  }

  public TokenType type() {
    return type;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The token's text (copied from the source on first use). */
  public String text() {
    String copy = text;
    if (copy == null) {
      copy = source.substring(start, end);
      text = copy;
    }
    return copy;
  }

  /** How many characters the token spans. */
  public int length() {
    return end - start;
  }

  /** The character at {@code index} inside the token. */
  public char charAt(int index) {
    return source.charAt(start + index);
  }

  /** The text between offsets {@code from} and {@code to} inside the token. */
  public String text(int from, int to) {
    return from == 0 && to == end - start ? text() : source.substring(start + from, start + to);
  }

  /**
   * Whether {@code word} occurs between offsets {@code from} and {@code to} inside the token,
   * ignoring case when asked, compared in place.
   */
  public boolean contains(String word, int from, int to, boolean ignoreCase) {
    int size = word.length();
    int last = start + to - size;
    if (size == 0) {
      return from <= to;
    }
    char first = word.charAt(0);
    char firstUpper = Character.toUpperCase(first);
    char firstLower = Character.toLowerCase(first);
    for (int i = start + from; i <= last; i++) {
      char c = source.charAt(i);
      boolean candidate = c == first || ignoreCase && (c == firstUpper || c == firstLower);
      if (candidate && source.regionMatches(ignoreCase, i, word, 0, size)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token's text is exactly {@code value}, compared in place. */
  public boolean textEquals(String value) {
    return value.length() == end - start && source.startsWith(value, start);
  }

  /** Whether this is an operator or bracket with exactly this text. */
  public boolean is(String operator) {
    if (operator.length() == 1) {
      return single != '\0' && single == operator.charAt(0);
    }
    return type == TokenType.OPERATOR && textEquals(operator);
  }

  /** Whether this is the name (or keyword) {@code name}. */
  public boolean isName(String name) {
    return type == TokenType.NAME && textEquals(name);
  }

  @Override
  public String toString() {
    return "Token[type="
        + type
        + ", start="
        + start
        + ", end="
        + end
        + ", line="
        + line
        + ", column="
        + column
        + ", text="
        + text()
        + "]";
  }
}
