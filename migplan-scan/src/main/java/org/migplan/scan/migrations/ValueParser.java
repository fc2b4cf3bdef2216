package org.migplan.scan.migrations;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migplan.scan.python.Expressions;
import org.migplan.scan.python.StringLiterals;
import org.migplan.scan.python.Token;
import org.migplan.scan.python.TokenType;

/**
 * Reads one expression's tokens into a {@link PyValue}. Tolerant: anything it does not model
 * (operators, lambdas, subscripts, f-strings) becomes {@link PyValue.Other} with its text, and an
 * unbalanced bracket ends the expression; it never throws.
 */
final class ValueParser {
  private final List<Token> tokens;
  private int position;

  private ValueParser(List<Token> tokens) {
    this.tokens =
        tokens.stream()
            .filter(t -> t.type() != TokenType.COMMENT && t.type() != TokenType.NEWLINE)
            .filter(t -> t.type() != TokenType.INDENT && t.type() != TokenType.DEDENT)
            .toList();
  }

  /** The value of an expression (an empty expression reads as {@code Other("")}). */
  static PyValue parse(List<Token> expression) {
    ValueParser parser = new ValueParser(expression);
    if (parser.tokens.isEmpty()) {
      return new PyValue.Other("", 0);
    }
    return parser.expression();
  }

  /** One expression, up to a top-level comma, colon or closing bracket. */
  private PyValue expression() {
    int start = position;
    PyValue primary = primary();
    if (atBoundary()) {
      return primary;
    }
    // an operator or anything more: the whole expression as text
    skipToBoundary();
    return new PyValue.Other(
        Expressions.text(tokens.subList(start, position)), tokens.get(start).line());
  }

  private PyValue primary() {
    if (position >= tokens.size()) {
      return new PyValue.Other("", 0);
    }
    Token token = tokens.get(position);
    int line = token.line();
    if (token.type() == TokenType.STRING) {
      int start = position;
      while (position < tokens.size() && tokens.get(position).type() == TokenType.STRING) {
        position++;
      }
      List<Token> literal = tokens.subList(start, position);
      return StringLiterals.constant(literal)
          .<PyValue>map(v -> new PyValue.Str(v, line))
          .orElseGet(() -> new PyValue.Other(Expressions.text(literal), line));
    }
    if (token.type() == TokenType.NAME) {
      int end = Expressions.dottedEnd(tokens, position);
      String dotted = Expressions.text(tokens.subList(position, end));
      position = end;
      if (position < tokens.size() && tokens.get(position).is("(")) {
        position++;
        return call(dotted, line);
      }
      return new PyValue.Name(dotted, line);
    }
    if (token.is("[") || token.is("(")) {
      String close = token.is("[") ? "]" : ")";
      position++;
      List<PyValue> items = new ArrayList<>();
      boolean comma = false;
      while (position < tokens.size() && !tokens.get(position).is(close)) {
        items.add(expression());
        if (position < tokens.size() && tokens.get(position).is(",")) {
          comma = true;
          position++;
        } else if (position < tokens.size() && !tokens.get(position).is(close)) {
          position++; // a stray boundary token (":" outside a dict): skip it
        }
      }
      position++;
      if (close.equals(")") && items.size() == 1 && !comma) {
        return items.get(0); // parenthesised expression
      }
      return new PyValue.Seq(items, line);
    }
    if (token.is("{")) {
      position++;
      List<Map.Entry<PyValue, PyValue>> entries = new ArrayList<>();
      while (position < tokens.size() && !tokens.get(position).is("}")) {
        PyValue key = expression();
        PyValue value = key;
        if (position < tokens.size() && tokens.get(position).is(":")) {
          position++;
          value = expression();
        }
        entries.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
        if (position < tokens.size() && !tokens.get(position).is("}")) {
          position++;
        }
      }
      position++;
      return new PyValue.Dict(entries, line);
    }
    int start = position;
    skipToBoundary();
    if (position == start) {
      position++; // a lone boundary token: consume it so that parsing advances
    }
    return new PyValue.Other(Expressions.text(tokens.subList(start, position)), line);
  }

  private PyValue.CallValue call(String callee, int line) {
    List<PyValue> positional = new ArrayList<>();
    Map<String, PyValue> keywords = new LinkedHashMap<>();
    while (position < tokens.size() && !tokens.get(position).is(")")) {
      boolean keyword =
          position + 1 < tokens.size()
              && tokens.get(position).type() == TokenType.NAME
              && tokens.get(position + 1).is("=");
      if (keyword) {
        String name = tokens.get(position).text();
        position += 2;
        keywords.putIfAbsent(name, expression());
      } else if (tokens.get(position).is("*") || tokens.get(position).is("**")) {
        position++;
        positional.add(new PyValue.Other("*" + expression().text(), line));
      } else {
        positional.add(expression());
      }
      if (position < tokens.size() && !tokens.get(position).is(")")) {
        position++; // the comma (or a stray token)
      }
    }
    position++;
    return new PyValue.CallValue(callee, positional, keywords, line);
  }

  private boolean atBoundary() {
    if (position >= tokens.size()) {
      return true;
    }
    Token token = tokens.get(position);
    return token.is(",") || token.is(":") || token.is(")") || token.is("]") || token.is("}");
  }

  /** Moves to the next top-level comma, colon or closing bracket. */
  private void skipToBoundary() {
    int depth = 0;
    while (position < tokens.size()) {
      Token token = tokens.get(position);
      if (token.is("(") || token.is("[") || token.is("{")) {
        depth++;
      } else if (token.is(")") || token.is("]") || token.is("}")) {
        if (depth == 0) {
          return;
        }
        depth--;
      } else if (depth == 0 && (token.is(",") || token.is(":"))) {
        return;
      }
      position++;
    }
  }
}
