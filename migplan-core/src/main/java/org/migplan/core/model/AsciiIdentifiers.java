package org.migplan.core.model;

/**
 * Checks for {@code [A-Za-z_][A-Za-z0-9_]*} without a regex: they run for every label, field and
 * migration operation a scan reads.
 */
public final class AsciiIdentifiers {
  private AsciiIdentifiers() {}

  /** Python 3's keywords: identifiers in form that cannot name a class. */
  private static final java.util.Set<String> KEYWORDS =
      java.util.Set.of(
          "False",
          "None",
          "True",
          "and",
          "as",
          "assert",
          "async",
          "await",
          "break",
          "class",
          "continue",
          "def",
          "del",
          "elif",
          "else",
          "except",
          "finally",
          "for",
          "from",
          "global",
          "if",
          "import",
          "in",
          "is",
          "lambda",
          "nonlocal",
          "not",
          "or",
          "pass",
          "raise",
          "return",
          "try",
          "while",
          "with",
          "yield");

  /** Whether {@code text} is a Python keyword ({@code class}, {@code None}, ...). */
  public static boolean isKeyword(String text) {
    return KEYWORDS.contains(text);
  }

  /** Whether {@code text} is an ASCII Python identifier. */
  public static boolean is(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
