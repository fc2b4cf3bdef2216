package org.migplan.db;

import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Finds the parameters in SQL without a grammar: {@code ?} (positional) and {@code :name} (named)
 * outside string literals (with doubled quotes, and backslash escapes in {@code E'…'}), quoted
 * identifiers ({@code "…"}, {@code `…`}, {@code […]}), dollar-quoted strings and comments ({@code
 * --}, nested {@code /* *\/}); {@code ::} is a cast, not a parameter. Jdbi's own parsers run a
 * generated lexer over every new statement, which in a short command was about a sixth of the JVM's
 * own work.
 */
public final class PlainSqlParser implements SqlParser {

  @Override
  public ParsedSql parse(String sql, StatementContext ctx) {
    ParsedSql.Builder parsed = ParsedSql.builder();
    int n = sql.length();
    int copied = 0;
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'') {
        i = endOfQuoted(sql, i, '\'', escapeString(sql, i));
      } else if (c == '"' || c == '`') {
        i = endOfQuoted(sql, i, c, false);
      } else if (c == '[' && sqliteIdentifier(sql, i)) {
        int close = sql.indexOf(']', i + 1);
        i = close < 0 ? n : close + 1;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        i = endOfBlockComment(sql, i);
      } else if (c == '$' && !identifierPart(sql, i - 1)) {
        i = endOfDollarQuoted(sql, i);
      } else if (c == '?') {
        parsed.append(sql.substring(copied, i)).appendPositionalParameter();
        i++;
        copied = i;
      } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
        while (i < n && sql.charAt(i) == ':') {
          i++; // a cast
        }
      } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
        int end = i + 1;
        while (end < n
            && (Character.isJavaIdentifierPart(sql.charAt(end)) || sql.charAt(end) == '.')) {
          end++;
        }
        parsed.append(sql.substring(copied, i)).appendNamedParameter(sql.substring(i + 1, end));
        i = end;
        copied = i;
      } else {
        i++;
      }
    }
    return parsed.append(sql.substring(copied)).build();
  }

  @Override
  public String nameParameter(String rawName, StatementContext ctx) {
    return ":" + rawName;
  }

  /** Whether the literal at {@code quote} is PostgreSQL's {@code E'…'}, where backslash escapes. */
  private static boolean escapeString(String sql, int quote) {
    return quote > 0
        && (sql.charAt(quote - 1) == 'E' || sql.charAt(quote - 1) == 'e')
        && !identifierPart(sql, quote - 2);
  }

  /** Whether {@code [} opens a bracketed identifier (SQLite), not an array subscript. */
  private static boolean sqliteIdentifier(String sql, int open) {
    int before = open - 1;
    while (before >= 0 && Character.isWhitespace(sql.charAt(before))) {
      before--;
    }
    return before < 0
        || !(identifierPart(sql, before) || sql.charAt(before) == ')' || sql.charAt(before) == ']');
  }

  /** The index after the literal or identifier opened at {@code open}; doubled quotes escape. */
  private static int endOfQuoted(String sql, int open, char quote, boolean backslashes) {
    int n = sql.length();
    int i = open + 1;
    while (i < n) {
      char c = sql.charAt(i);
      if (backslashes && c == '\\') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < n && sql.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return n;
  }

  private static int endOfBlockComment(String sql, int open) {
    int n = sql.length();
    int depth = 0;
    int i = open;
    while (i < n) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return n;
  }

  /**
   * After {@code $tag$…$tag$} opened at {@code dollar}; a lone {@code $} (or {@code $1}) is text.
   */
  private static int endOfDollarQuoted(String sql, int dollar) {
    int n = sql.length();
    int i = dollar + 1;
    if (i < n && Character.isDigit(sql.charAt(i))) {
      return i; // $1: a numbered parameter, left as written
    }
    while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
      i++;
    }
    if (i >= n || sql.charAt(i) != '$') {
      return dollar + 1;
    }
    String tag = sql.substring(dollar, i + 1);
    int close = sql.indexOf(tag, i + 1);
    return close < 0 ? n : close + tag.length();
  }

  private static boolean identifierPart(String sql, int at) {
    if (at < 0) {
      return false;
    }
    char c = sql.charAt(at);
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
