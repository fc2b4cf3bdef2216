package org.migplan.core.source;

import java.util.Comparator;
import java.util.Objects;

/**
 * One place in the sources that a rename must consider.
 *
 * @param file relative to the project root, {@code /} separators
 * @param line 1-based
 * @param column 1-based
 * @param text the line's text, stripped
 * @param kind what the place is
 * @param mustChange whether renaming the model requires editing it
 */
public record CodeReference(
    String file, int line, int column, String text, ReferenceKind kind, boolean mustChange) {
  /** Sorted by file, line, column, then kind. */
  public static final Comparator<CodeReference> ORDER =
      Comparator.comparing(CodeReference::file)
          .thenComparingInt(CodeReference::line)
          .thenComparingInt(CodeReference::column)
          .thenComparing(CodeReference::kind);

  public CodeReference {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    text = text == null ? "" : text.strip();
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }
}
