package org.migplan.scan.migrations;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Python expression as a migration file writes it, read without running it: string literals,
 * dotted names, lists and tuples, dicts, calls, and anything else kept as text.
 */
sealed interface PyValue {
  /** The line the expression starts on (1-based). */
  int line();

  /** A string literal (adjacent literals joined). */
  record Str(String value, int line) implements PyValue {}

  /** A dotted name such as {@code settings.AUTH_USER_MODEL} or {@code True}. */
  record Name(String dotted, int line) implements PyValue {}

  /** A list or tuple. */
  record Seq(List<PyValue> items, int line) implements PyValue {
    public Seq {
      items = List.copyOf(items);
    }
  }

  /** A dict literal, its entries in order. */
  record Dict(List<Map.Entry<PyValue, PyValue>> entries, int line) implements PyValue {
    public Dict {
      entries = List.copyOf(entries);
    }

    /** The value of a string key. */
    Optional<PyValue> get(String key) {
      return entries.stream()
          .filter(e -> e.getKey() instanceof Str s && s.value().equals(key))
          .map(Map.Entry::getValue)
          .findFirst();
    }
  }

  /** A call {@code a.b.C(x, key=y)}. */
  record CallValue(String callee, List<PyValue> positional, Map<String, PyValue> keywords, int line)
      implements PyValue {
    public CallValue {
      positional = List.copyOf(positional);
      keywords = Map.copyOf(keywords);
    }

    /** The last part of the callee. */
    String simpleName() {
      int dot = callee.lastIndexOf('.');
      return dot < 0 ? callee : callee.substring(dot + 1);
    }

    /** The argument given by keyword, else at that position. */
    Optional<PyValue> argument(String keyword, int position) {
      PyValue byKeyword = keywords.get(keyword);
      if (byKeyword != null) {
        return Optional.of(byKeyword);
      }
      return position >= 0 && position < positional.size()
          ? Optional.of(positional.get(position))
          : Optional.empty();
    }

    /** The argument as a string literal. */
    Optional<String> string(String keyword, int position) {
      return argument(keyword, position).flatMap(PyValue::stringValue);
    }
  }

  /** Anything else, as its source text. */
  record Other(String text, int line) implements PyValue {}

  /** The value when this is a string literal. */
  default Optional<String> stringValue() {
    return this instanceof Str s ? Optional.of(s.value()) : Optional.empty();
  }

  /** The value as Python source text would read it: a string's content, else the text. */
  default String text() {
    if (this instanceof Str s) {
      return s.value();
    }
    if (this instanceof Name n) {
      return n.dotted();
    }
    if (this instanceof Other o) {
      return o.text();
    }
    if (this instanceof CallValue c) {
      return c.callee() + "(...)";
    }
    return this instanceof Seq ? "[...]" : "{...}";
  }
}
