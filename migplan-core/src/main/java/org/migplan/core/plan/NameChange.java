package org.migplan.core.plan;

import java.util.Objects;

/**
 * One name the rename changes (or keeps, when {@code before} equals {@code after}).
 *
 * @param what e.g. {@code table}, {@code permission codename}
 * @param before the name now
 * @param after the name after the rename
 */
public record NameChange(String what, String before, String after) {
  public NameChange {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  public boolean changes() {
    return !before.equals(after);
  }
}
