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

  /**
   * One expression, up to a top-level comma, colon or closing bracket. Lists joined with {@code +}
   * are one list, and {@code A if condition else B} is what either branch may give: with lists, the
   * items of both (a migration that adds a field only under a setting, e.g. allauth's {@code sites}
   * when {@code SITES_ENABLED}, may create it, as the model's own {@code if} block may declare it);
   * otherwise the first branch when both read alike. Anything else is the whole text.
   */
  private PyValue expression() {
    int start = position;
    PyValue value = concatenation();
    if (value != null && position < tokens.size() && tokens.get(position).isName("if")) {
      value = conditional(value);
    }
    if (value != null && atBoundary()) {
      return value;
    }
    // an operator or anything more: the whole expression as text
    position = Math.max(position, start);
    skipToBoundary();
    return new PyValue.Other(
        Expressions.text(tokens.subList(start, position)), tokens.get(start).line());
  }

  /** A primary, or sequences joined with {@code +} (one sequence); null for another sum. */
  private PyValue concatenation() {
    PyValue value = primary();
    while (position < tokens.size() && tokens.get(position).is("+")) {
      position++;
      PyValue next = primary();
      if (!(value instanceof PyValue.Seq first) || !(next instanceof PyValue.Seq second)) {
        return null;
      }
      List<PyValue> items = new ArrayList<>(first.items());
      items.addAll(second.items());
      value = new PyValue.Seq(items, first.line());
    }
    return value;
  }

  /**
   * {@code value if condition else other}, the parser on {@code if}: the union of two sequences,
   * the value when both branches read the same, else null.
   */
  private PyValue conditional(PyValue value) {
    position++; // if
    if (!skipTo(token -> token.isName("else"))) {
      return null; // no else: a comprehension's filter
    }
    position++; // else
    PyValue other = expression();
    if (value instanceof PyValue.Seq first && other instanceof PyValue.Seq second) {
      // every value carries its line, so the branches' items never compare equal: both are kept
      List<PyValue> items = new ArrayList<>(first.items());
      items.addAll(second.items());
      return new PyValue.Seq(items, first.line());
    }
    return value.text().equals(other.text()) ? value : null;
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
    skipTo(token -> false);
  }

  /**
   * Moves to the next top-level comma, colon or closing bracket, or to a top-level token {@code
   * stop} accepts; whether it stopped at such a token.
   */
  private boolean skipTo(java.util.function.Predicate<Token> stop) {
    int depth = 0;
    while (position < tokens.size()) {
      Token token = tokens.get(position);
      if (token.is("(") || token.is("[") || token.is("{")) {
        depth++;
      } else if (token.is(")") || token.is("]") || token.is("}")) {
        if (depth == 0) {
          return false;
        }
        depth--;
      } else if (depth == 0 && (token.is(",") || token.is(":"))) {
        return false;
      } else if (depth == 0 && stop.test(token)) {
        return true;
      }
      position++;
    }
    return false;
  }
}
