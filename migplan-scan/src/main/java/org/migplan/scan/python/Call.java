package org.migplan.scan.python;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A call expression {@code a.b.C(arg, key=value)}: the callee as a dotted name and its arguments as
 * token lists (unmodifiable views of the lists handed over, not copies), and the closing
 * parenthesis ({@code null} when the tokens end before it).
 */
public record Call(String callee, Token calleeToken, List<Argument> arguments, Token closing) {
  public Call {
    arguments = Collections.unmodifiableList(arguments);
  }

  /** One argument; {@code keyword} is empty for a positional one. */
  public record Argument(String keyword, List<Token> value) {
    public Argument {
      value = Collections.unmodifiableList(value);
    }

    public boolean isPositional() {
      return keyword.isEmpty();
    }
  }

  /** The last part of the callee, e.g. {@code ForeignKey} for {@code models.ForeignKey}. */
  public String simpleName() {
    int dot = callee.lastIndexOf('.');
    return dot < 0 ? callee : callee.substring(dot + 1);
  }

  /** The keyword argument's value, if given. */
  public Optional<List<Token>> keyword(String name) {
    for (Argument argument : arguments) {
      if (argument.keyword().equals(name)) {
        return Optional.of(argument.value());
      }
    }
    return Optional.empty();
  }

  /** The n-th positional argument, if given. */
  public Optional<List<Token>> positional(int index) {
    int seen = 0;
    for (Argument argument : arguments) {
      if (argument.isPositional() && seen++ == index) {
        return Optional.of(argument.value());
      }
    }
    return Optional.empty();
  }

  /**
   * Parses a call starting at {@code from}: a dotted name, then parentheses. Empty if the tokens
   * there are not a call.
   */
  public static Optional<Call> parse(List<Token> tokens, int from) {
    int end = Expressions.dottedEnd(tokens, from);
    if (end == from || end >= tokens.size() || !tokens.get(end).is("(")) {
      return Optional.empty();
    }
    String callee = Expressions.text(tokens.subList(from, end));
    List<Argument> arguments = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    for (int i = end + 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean open = token.is("(") || token.is("[") || token.is("{");
      boolean close = token.is(")") || token.is("]") || token.is("}");
      if (depth == 0 && (close || token.is(","))) {
        addArgument(arguments, current);
        current = new ArrayList<>();
        if (close) {
          return Optional.of(new Call(callee, tokens.get(from), arguments, token));
        }
        continue;
      }
      depth += open ? 1 : close ? -1 : 0;
      current.add(token);
    }
    addArgument(arguments, current);
    return Optional.of(new Call(callee, tokens.get(from), arguments, null));
  }

  private static void addArgument(List<Argument> arguments, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    if (tokens.size() >= 2 && tokens.get(0).type() == TokenType.NAME && tokens.get(1).is("=")) {
      arguments.add(new Argument(tokens.get(0).text(), tokens.subList(2, tokens.size())));
    } else {
      arguments.add(new Argument("", tokens));
    }
  }
}
