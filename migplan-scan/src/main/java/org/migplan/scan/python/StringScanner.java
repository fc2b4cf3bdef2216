package org.migplan.scan.python;

import java.util.function.IntConsumer;

/**
 * Finds where a string literal ends. Handles single, double and triple quotes, backslash escapes
 * (which also keep a raw string's quote from closing it) and f-string replacement fields, which may
 * hold other strings and nested braces.
 */
final class StringScanner {
  private StringScanner() {}

  /**
   * The position just after the literal whose opening quote is at {@code quote}.
   *
   * @param newline told the position after each line break inside the literal
   */
  static int skip(IntConsumer newline, char[] source, int quote, boolean formatted) {
    int length = source.length;
    char q = source[quote];
    boolean triple = quote + 2 < length && source[quote + 1] == q && source[quote + 2] == q;
    int p = quote + (triple ? 3 : 1);
    int braces = 0;
    while (p < length) {
      char c = source[p];
      if (c == '\\') {
        p = escaped(newline, source, p);
      } else if (c == '\n' || c == '\r') {
        if (!triple) {
          return p;
        }
        p = lineBreak(newline, source, p);
      } else if (formatted && c == '{') {
        if (braces == 0 && p + 1 < length && source[p + 1] == '{') {
          p += 2;
        } else {
          braces++;
          p++;
        }
      } else if (formatted && c == '}' && braces > 0) {
        braces--;
        p++;
      } else if (braces > 0 && (c == '\'' || c == '"') && !closes(source, p, q, triple)) {
        p = nested(newline, source, p, triple);
      } else if (c == q && closes(source, p, q, triple)) {
        return p + (triple ? 3 : 1);
      } else {
        p++;
      }
    }
    return length;
  }

  private static boolean closes(char[] source, int p, char q, boolean triple) {
    if (source[p] != q) {
      return false;
    }
    return !triple || (p + 2 < source.length && source[p + 1] == q && source[p + 2] == q);
  }

  /** A string inside an f-string's replacement field: scanned as a plain, one-line string. */
  private static int nested(IntConsumer newline, char[] source, int p, boolean outerTriple) {
    char q = source[p];
    int i = p + 1;
    while (i < source.length) {
      char c = source[i];
      if (c == '\\') {
        i = escaped(newline, source, i);
      } else if (c == q) {
        return i + 1;
      } else if (c == '\n' || c == '\r') {
        return outerTriple ? lineBreak(newline, source, i) : i;
      } else {
        i++;
      }
    }
    return i;
  }

  private static int escaped(IntConsumer newline, char[] source, int p) {
    if (p + 1 >= source.length) {
      return p + 1;
    }
    char next = source[p + 1];
    if (next == '\n' || next == '\r') {
      return lineBreak(newline, source, p + 1);
    }
    return p + 2;
  }

  private static int lineBreak(IntConsumer newline, char[] source, int p) {
    int end = p + 1;
    if (source[p] == '\r' && end < source.length && source[end] == '\n') {
      end++;
    }
    newline.accept(end);
    return end;
  }
}
