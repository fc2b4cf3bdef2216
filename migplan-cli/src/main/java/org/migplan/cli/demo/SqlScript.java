package org.migplan.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQL script split into statements. Statements end with {@code ;} outside quotes; {@code --}
 * comments are dropped; named parameters ({@code :students}, never a {@code ::} cast) become {@code
 * ?} placeholders, remembered in order so they can be bound by name.
 *
 * @param statements the statements in script order
 */
public record SqlScript(List<Statement> statements) {

  public SqlScript {
    statements = List.copyOf(statements);
  }

  /**
   * One statement ready for {@link java.sql.Connection#prepareStatement(String)}.
   *
   * @param sql the statement with {@code ?} for each named parameter, without the final {@code ;}
   * @param parameters the parameter names, one per {@code ?}, in order
   */
  public record Statement(String sql, List<String> parameters) {
    public Statement {
      parameters = List.copyOf(parameters);
    }
  }

  /** Reads a script from the classpath, relative to this package unless it starts with '/'. */
  public static SqlScript fromResource(String name) {
    try (InputStream in = SqlScript.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no SQL resource " + name);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static SqlScript parse(String text) {
    return new Parser(text).parse();
  }

  private static final class Parser {
    private final String text;
    private final List<Statement> statements = new ArrayList<>();
    private StringBuilder sql = new StringBuilder();
    private List<String> parameters = new ArrayList<>();
    private int position;

    Parser(String text) {
      this.text = text;
    }

    SqlScript parse() {
      while (position < text.length()) {
        char c = text.charAt(position);
        if (c == '\'' || c == '"') {
          copyQuoted(c);
        } else if (c == '-' && peek(1) == '-') {
          skipLineComment();
        } else if (c == ';') {
          finishStatement();
          position++;
        } else if (c == ':' && isParameterStart()) {
          readParameter();
        } else if (c == '$' && peek(1) == '$') {
          throw new IllegalArgumentException("dollar-quoted strings are not supported");
        } else {
          sql.append(c);
          position++;
        }
      }
      if (!sql.toString().isBlank()) {
        throw new IllegalArgumentException("the last statement does not end with ';'");
      }
      return new SqlScript(statements);
    }

    private char peek(int offset) {
      int index = position + offset;
      return index < text.length() ? text.charAt(index) : '\0';
    }

    private void copyQuoted(char quote) {
      int start = position;
      position++;
      while (true) {
        if (position >= text.length()) {
          throw new IllegalArgumentException("unterminated quote starting at offset " + start);
        }
        if (text.charAt(position) == quote) {
          if (peek(1) == quote) {
            position += 2;
            continue;
          }
          position++;
          break;
        }
        position++;
      }
      sql.append(text, start, position);
    }

    private void skipLineComment() {
      while (position < text.length() && text.charAt(position) != '\n') {
        position++;
      }
    }

    private boolean isParameterStart() {
      boolean afterColon = position > 0 && text.charAt(position - 1) == ':';
      return !afterColon && Character.isLetter(peek(1));
    }

    private void readParameter() {
      int start = ++position;
      while (position < text.length()
          && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
        position++;
      }
      parameters.add(text.substring(start, position));
      sql.append('?');
    }

    private void finishStatement() {
      String statement = sql.toString().strip();
      if (!statement.isEmpty()) {
        statements.add(new Statement(statement, parameters));
      }
      sql = new StringBuilder();
      parameters = new ArrayList<>();
    }
  }
}
