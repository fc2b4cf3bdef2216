package org.migplan.scan.settings;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migplan.scan.python.StringLiterals;
import org.migplan.scan.python.Token;
import org.migplan.scan.python.TokenType;

/**
 * Evaluates the small subset of Python that settings use for literal values: strings, numbers,
 * booleans, dicts, {@code BASE_DIR}, {@code a / 'b'} on paths, {@code os.path.join(...)}, {@code
 * str(...)} and {@code Path(...)}. Anything else makes the value unreadable (empty).
 */
final class LiteralEvaluator {
  private final List<Token> tokens;
  private final Map<String, Path> pathNames;
  private int position;

  private LiteralEvaluator(List<Token> tokens, Map<String, Path> pathNames) {
    this.tokens = tokens;
    this.pathNames = pathNames;
  }

  /** The value of the whole expression, or empty when it is not a literal. */
  static Optional<Object> evaluate(List<Token> tokens, Map<String, Path> pathNames) {
    LiteralEvaluator evaluator = new LiteralEvaluator(tokens, pathNames);
    try {
      Object value = evaluator.expression();
      return evaluator.position == tokens.size() ? Optional.ofNullable(value) : Optional.empty();
    } catch (NotLiteral e) {
      return Optional.empty();
    }
  }

  private Object expression() {
    Object value = primary();
    while (peekIs("/")) {
      position++;
      Object right = primary();
      value = joinPath(value, right);
    }
    return value;
  }

  private Object primary() {
    Token token = next();
    if (token.type() == TokenType.STRING) {
      StringBuilder text = new StringBuilder(literal(token));
      while (position < tokens.size() && tokens.get(position).type() == TokenType.STRING) {
        text.append(literal(next()));
      }
      return text.toString();
    }
    if (token.type() == TokenType.NUMBER) {
      return token.text();
    }
    if (token.is("{")) {
      return dict();
    }
    if (token.type() == TokenType.NAME) {
      return name(token);
    }
    throw new NotLiteral();
  }

  private Object name(Token token) {
    switch (token.text()) {
      case "True":
        return Boolean.TRUE;
      case "False":
        return Boolean.FALSE;
      case "None":
        return "";
      default:
        break;
    }
    StringBuilder dotted = new StringBuilder(token.text());
    while (peekIs(".") && position + 1 < tokens.size()) {
      position++;
      dotted.append('.').append(next().text());
    }
    String name = dotted.toString();
    if (peekIs("(")) {
      return call(name);
    }
    Path path = pathNames.get(name);
    if (path == null) {
      throw new NotLiteral();
    }
    return path;
  }

  private Object call(String name) {
    position++;
    List<Object> arguments = new java.util.ArrayList<>();
    while (!peekIs(")")) {
      arguments.add(expression());
      if (peekIs(",")) {
        position++;
      } else if (!peekIs(")")) {
        throw new NotLiteral();
      }
    }
    position++;
    switch (name) {
      case "os.path.join", "path.join", "join":
        Object joined = arguments.get(0);
        for (Object part : arguments.subList(1, arguments.size())) {
          joined = joinPath(joined, part);
        }
        return joined;
      case "str", "Path", "pathlib.Path", "os.fspath":
        if (arguments.size() == 1) {
          return arguments.get(0);
        }
        throw new NotLiteral();
      default:
        throw new NotLiteral();
    }
  }

  private Map<String, Object> dict() {
    Map<String, Object> map = new LinkedHashMap<>();
    while (!peekIs("}")) {
      Object key = expression();
      expect(":");
      Object value = expression();
      if (key instanceof String text) {
        map.put(text, value);
      }
      if (peekIs(",")) {
        position++;
      } else if (!peekIs("}")) {
        throw new NotLiteral();
      }
    }
    position++;
    return map;
  }

  private static Object joinPath(Object left, Object right) {
    if (!(right instanceof String || right instanceof Path)) {
      throw new NotLiteral();
    }
    Path base = left instanceof Path path ? path : left instanceof String s ? Path.of(s) : null;
    if (base == null) {
      throw new NotLiteral();
    }
    return base.resolve(right.toString());
  }

  private static String literal(Token token) {
    if (StringLiterals.isFormatted(token)) {
      throw new NotLiteral();
    }
    return StringLiterals.content(token);
  }

  private void expect(String operator) {
    if (!next().is(operator)) {
      throw new NotLiteral();
    }
  }

  private boolean peekIs(String operator) {
    return position < tokens.size() && tokens.get(position).is(operator);
  }

  private Token next() {
    if (position >= tokens.size()) {
      throw new NotLiteral();
    }
    return tokens.get(position++);
  }

  /** The expression is not a literal migplan can evaluate. */
  private static final class NotLiteral extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotLiteral() {
      super(null, null, false, false);
    }
  }
}
