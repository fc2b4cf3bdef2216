package org.migplan.scan.python;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One logical line of Python: its tokens without comments, NEWLINE, INDENT or DEDENT, and its block
 * level (0 for module level, 1 inside a top-level class, and so on). The token list is an
 * unmodifiable view, not a copy: the caller hands it over and keeps no reference that it changes.
 */
public record LogicalLine(List<Token> tokens, int level) {
  public LogicalLine {
    tokens = Collections.unmodifiableList(tokens);
  }

  /** Groups tokens into logical lines. */
  public static List<LogicalLine> of(List<Token> tokens) {
    List<LogicalLine> lines = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int level = 0;
    for (Token token : tokens) {
      switch (token.type()) {
        case INDENT -> level++;
        case DEDENT -> level = Math.max(0, level - 1);
        case COMMENT -> {}
        case NEWLINE -> {
          if (!current.isEmpty()) {
            lines.add(new LogicalLine(current, level));
            current = new ArrayList<>();
          }
        }
        default -> current.add(token);
      }
    }
    if (!current.isEmpty()) {
      lines.add(new LogicalLine(current, level));
    }
    return lines;
  }

  public Token first() {
    return tokens.get(0);
  }

  public int line() {
    return first().line();
  }

  /** Whether the line starts with the keyword or name. */
  public boolean startsWith(String name) {
    return first().isName(name);
  }

  /** Whether the line is a lone string (a docstring or a string used as a comment). */
  public boolean isBareString() {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).type() != TokenType.STRING) {
        return false;
      }
    }
    return true;
  }
}
