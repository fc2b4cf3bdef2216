package org.migplan.db.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what SQLite's pragmas do not tell from a table's {@code CREATE TABLE} text: CHECK
 * constraints and the deferrability of each foreign key column.
 */
final class SqliteTableSql {
  private final List<String> definitions;

  SqliteTableSql(String createTable) {
    String text = createTable == null ? "" : createTable;
    int open = text.indexOf('(');
    int close = text.lastIndexOf(')');
    this.definitions =
        open >= 0 && close > open ? splitTopLevel(text.substring(open + 1, close)) : List.of();
  }

  /** Every {@code CHECK (…)} in the table, as written. */
  List<String> checks() {
    List<String> checks = new ArrayList<>();
    for (String definition : definitions) {
      String upper = definition.toUpperCase(Locale.ROOT);
      int from = 0;
      while ((from = upper.indexOf("CHECK", from)) >= 0) {
        int open = definition.indexOf('(', from);
        int close = open < 0 ? -1 : matchingParenthesis(definition, open);
        if (close < 0 || !definition.substring(from + 5, open).isBlank()) {
          from += 5;
          continue;
        }
        checks.add("CHECK " + definition.substring(open, close + 1));
        from = close;
      }
    }
    return checks;
  }

  /** Deferrability per referencing column, for column and table foreign key clauses. */
  Map<String, String> deferrability() {
    Map<String, String> result = new HashMap<>();
    for (String definition : definitions) {
      String upper = definition.toUpperCase(Locale.ROOT);
      if (!upper.contains("REFERENCES")) {
        continue;
      }
      String deferrable = deferrable(upper.substring(upper.indexOf("REFERENCES")));
      if (upper.startsWith("FOREIGN KEY") || upper.startsWith("CONSTRAINT")) {
        int open = definition.indexOf('(');
        int close = open < 0 ? -1 : matchingParenthesis(definition, open);
        if (close > open) {
          for (String column : splitTopLevel(definition.substring(open + 1, close))) {
            result.put(unquote(column), deferrable);
          }
        }
      } else {
        result.put(unquote(firstToken(definition)), deferrable);
      }
    }
    return result;
  }

  private static String deferrable(String clause) {
    if (clause.contains("NOT DEFERRABLE")) {
      return "NOT DEFERRABLE";
    }
    if (clause.contains("DEFERRABLE INITIALLY DEFERRED")) {
      return "DEFERRABLE INITIALLY DEFERRED";
    }
    return clause.contains("DEFERRABLE") ? "DEFERRABLE INITIALLY IMMEDIATE" : "NOT DEFERRABLE";
  }

  /** Splits at commas outside parentheses and quotes. */
  static List<String> splitTopLevel(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'' || c == '`' || c == '[') {
        quote = c == '[' ? ']' : c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    parts.add(text.substring(start).strip());
    return parts.stream().filter(p -> !p.isEmpty()).toList();
  }

  private static int matchingParenthesis(String text, int open) {
    int depth = 0;
    char quote = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String firstToken(String definition) {
    char first = definition.charAt(0);
    if (first == '"' || first == '`' || first == '[') {
      char end = first == '[' ? ']' : first;
      int i = 1;
      StringBuilder token = new StringBuilder().append(first);
      while (i < definition.length()) {
        char c = definition.charAt(i);
        token.append(c);
        if (c == end) {
          if (i + 1 < definition.length() && definition.charAt(i + 1) == end && end != ']') {
            token.append(end);
            i += 2;
            continue;
          }
          break;
        }
        i++;
      }
      return token.toString();
    }
    int space = definition.indexOf(' ');
    return space < 0 ? definition : definition.substring(0, space);
  }

  static String unquote(String token) {
    String t = token.strip();
    if (t.length() >= 2) {
      char first = t.charAt(0);
      char last = t.charAt(t.length() - 1);
      if ((first == '"' && last == '"') || (first == '`' && last == '`')) {
        String q = String.valueOf(first);
        return t.substring(1, t.length() - 1).replace(q + q, q);
      }
      if (first == '[' && last == ']') {
        return t.substring(1, t.length() - 1);
      }
    }
    return t;
  }
}
