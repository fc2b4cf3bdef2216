package org.migplan.scan.python;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Python source into tokens in one linear pass. It never throws on bad input: unknown
 * characters become {@link TokenType#ERROR} tokens, unterminated strings end at the end of their
 * line (or of the file for triple quotes), and unbalanced brackets and indentation are tolerated.
 *
 * <p>It knows strings of every prefix ({@code r b u f} and two-letter combinations, any case),
 * single, double and triple quotes, f-string replacement fields holding other strings, comments,
 * logical lines across brackets and backslash continuations, and INDENT/DEDENT.
 */
public final class PythonTokenizer {
  private final String source;

  /** The source's characters: indexing an array is cheaper than {@code String.charAt}. */
  private final char[] chars;

  private final int length;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Integer> indents = new ArrayList<>();
  private int position;
  private int line = 1;
  private int lineStart;
  private int depth;
  private boolean atLineStart = true;
  private boolean lineHasContent;

  private PythonTokenizer(String source) {
    this.source = source;
    this.chars = source.toCharArray();
    this.length = chars.length;
    indents.add(0);
  }

  /** The tokens of {@code source}, ending with the NEWLINE and DEDENTs that close the file. */
  public static List<Token> tokenize(String source) {
    PythonTokenizer tokenizer = new PythonTokenizer(source);
    tokenizer.run();
    return tokenizer.tokens;
  }

  private void run() {
    while (position < length) {
      if (atLineStart) {
        atLineStart = false;
        if (depth == 0) {
          indentation();
          continue;
        }
      }
      next();
    }
    if (lineHasContent) {
      add(TokenType.NEWLINE, position, position);
    }
    while (indents.size() > 1) {
      indents.remove(indents.size() - 1);
      add(TokenType.DEDENT, position, position);
    }
  }

  private void next() {
    char c = chars[position];
    if (c == '\n' || c == '\r') {
      endOfLine();
    } else if (c == ' ' || c == '\t' || c == '\f') {
      position++;
    } else if (c == '#') {
      comment();
    } else if (c == '\\') {
      continuation();
    } else if (isIdentifierStart(c)) {
      nameOrString();
    } else if (isDigit(c) || (c == '.' && position + 1 < length && isDigit(peek(1)))) {
      number();
    } else if (c == '\'' || c == '"') {
      string(position, position);
    } else {
      operator();
    }
  }

  private void indentation() {
    int column = 0;
    int p = position;
    while (p < length) {
      char c = chars[p];
      if (c == ' ') {
        column++;
      } else if (c == '\t') {
        column = (column / 8 + 1) * 8;
      } else if (c == '\f') {
        column = 0;
      } else {
        break;
      }
      p++;
    }
    position = p;
    if (p >= length) {
      return;
    }
    char c = chars[p];
    if (c == '\n' || c == '\r' || c == '#' || c == '\\') {
      return;
    }
    int top = indents.get(indents.size() - 1);
    if (column > top) {
      indents.add(column);
      add(TokenType.INDENT, p, p);
    } else {
      while (column < indents.get(indents.size() - 1)) {
        indents.remove(indents.size() - 1);
        add(TokenType.DEDENT, p, p);
      }
      if (column > indents.get(indents.size() - 1)) {
        indents.add(column);
      }
    }
  }

  private void endOfLine() {
    if (depth == 0 && lineHasContent) {
      add(TokenType.NEWLINE, position, position + 1);
      lineHasContent = false;
    }
    skipLineBreak();
    atLineStart = true;
  }

  private void skipLineBreak() {
    if (chars[position] == '\r' && position + 1 < length && peek(1) == '\n') {
      position++;
    }
    position++;
    line++;
    lineStart = position;
  }

  private void comment() {
    int start = position;
    while (position < length && chars[position] != '\n' && chars[position] != '\r') {
      position++;
    }
    addQuietly(TokenType.COMMENT, start, position);
  }

  private void continuation() {
    if (position + 1 < length && (peek(1) == '\n' || peek(1) == '\r')) {
      position++;
      skipLineBreak();
      return;
    }
    add(TokenType.ERROR, position, position + 1);
    position++;
  }

  private void nameOrString() {
    int start = position;
    position++;
    while (position < length && isIdentifierPart(chars[position])) {
      position++;
    }
    if (position < length
        && (chars[position] == '\'' || chars[position] == '"')
        && isStringPrefix(start, position)) {
      string(start, position);
      return;
    }
    add(TokenType.NAME, start, position);
  }

  private void number() {
    int start = position;
    while (position < length) {
      char c = chars[position];
      boolean exponentSign =
          (c == '+' || c == '-') && (peek(-1) == 'e' || peek(-1) == 'E') && !isHex(start);
      if (isIdentifierPart(c) || c == '.' || exponentSign) {
        position++;
      } else {
        break;
      }
    }
    add(TokenType.NUMBER, start, position);
  }

  private boolean isHex(int start) {
    return position - start >= 2
        && chars[start] == '0'
        && (chars[start + 1] == 'x' || chars[start + 1] == 'X');
  }

  /** Scans a string whose prefix starts at {@code start} and whose quote is at {@code quote}. */
  private void string(int start, int quote) {
    int startLine = line;
    int startColumn = start - lineStart;
    boolean formatted = false;
    for (int i = start; i < quote; i++) {
      char p = chars[i];
      formatted |= p == 'f' || p == 'F';
    }
    position = StringScanner.skip(this::countLine, chars, quote, formatted);
    addAt(TokenType.STRING, start, position, startLine, startColumn);
  }

  private void countLine(int newlineEnd) {
    line++;
    lineStart = newlineEnd;
  }

  private void operator() {
    int start = position;
    char c = chars[position];
    if (c == '(' || c == '[' || c == '{') {
      depth++;
    } else if (c == ')' || c == ']' || c == '}') {
      depth = Math.max(0, depth - 1);
    }
    int width = operatorWidth();
    position += width;
    boolean known = width > 1 || "()[]{}:,;.+-*/%@=<>&|^~!".indexOf(c) >= 0;
    add(known ? TokenType.OPERATOR : TokenType.ERROR, start, position);
  }

  private int operatorWidth() {
    char c = chars[position];
    char d = peek(1);
    char e = peek(2);
    boolean three =
        (c == '.' && d == '.' && e == '.')
            || (e == '=' && (c == '*' || c == '/' || c == '>' || c == '<') && d == c);
    if (three) {
      return 3;
    }
    boolean two =
        switch (c) {
          case '=', '!', '+', '%', '&', '|', '^', '@', ':' -> d == '=';
          case '<' -> d == '=' || d == '<' || d == '>';
          case '>' -> d == '=' || d == '>';
          case '-' -> d == '=' || d == '>';
          case '*', '/' -> d == '=' || d == c;
          default -> false;
        };
    return two ? 2 : 1;
  }

  private boolean isStringPrefix(int start, int end) {
    int size = end - start;
    if (size == 1) {
      char a = asciiLower(chars[start]);
      return a == 'r' || a == 'b' || a == 'u' || a == 'f';
    }
    if (size == 2) {
      char a = asciiLower(chars[start]);
      char b = asciiLower(chars[start + 1]);
      return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
    }
    return false;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private char peek(int offset) {
    int at = position + offset;
    return at >= 0 && at < length ? chars[at] : '\0';
  }

  private void add(TokenType type, int start, int end) {
    addAt(type, start, end, line, start - lineStart);
    if (type != TokenType.NEWLINE && type != TokenType.INDENT && type != TokenType.DEDENT) {
      lineHasContent = true;
    }
  }

  private void addQuietly(TokenType type, int start, int end) {
    addAt(type, start, end, line, start - lineStart);
  }

  private void addAt(TokenType type, int start, int end, int atLine, int column) {
    String text = type == TokenType.OPERATOR ? operatorText(start, end) : null;
    tokens.add(new Token(type, start, end, atLine, column, source, text));
    if (type == TokenType.STRING) {
      lineHasContent = true;
    }
  }

  /** A shared string for the common one-character operators; other texts are copied on demand. */
  private String operatorText(int start, int end) {
    if (end - start != 1) {
      return null;
    }
    return switch (chars[start]) {
      case '(' -> "(";
      case ')' -> ")";
      case '[' -> "[";
      case ']' -> "]";
      case '{' -> "{";
      case '}' -> "}";
      case ':' -> ":";
      case ',' -> ",";
      case '.' -> ".";
      case '=' -> "=";
      default -> null;
    };
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || c == '_'
        || (c >= 0x80 && Character.isUnicodeIdentifierStart(c));
  }

  static boolean isIdentifierPart(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || (c >= 0x80
            && Character.isUnicodeIdentifierPart(c)
            && !Character.isIdentifierIgnorable(c));
  }
}
