package org.migplan.core.plan;

import java.util.Objects;

/**
 * A place in the sources that names the model.
 *
 * @param file path relative to the project root, with {@code /}
 * @param line 1-based line
 * @param kind what it is, e.g. {@code import}, {@code admin_register}, {@code template_file}
 * @param text the code on that line, trimmed
 * @param mustChange whether the rename requires changing it (migrations are history: false)
 */
public record CodeReference(String file, int line, String kind, String text, boolean mustChange) {
  public CodeReference {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    text = text == null ? "" : text.strip();
  }

  /** {@code file:line}. */
  public String location() {
    return file + ":" + line;
  }
}
