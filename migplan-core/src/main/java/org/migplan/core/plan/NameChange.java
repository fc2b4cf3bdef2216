package org.migplan.core.plan;

import java.util.Objects;

/**
 * One name the rename changes (or keeps, when {@code before} equals {@code after}).
 *
 * @param kind what sort of name it is, for code that acts on some kinds (e.g. tables)
 * @param what how the documents describe it, e.g. {@code table}, {@code many-to-many table tags}
 * @param before the name now
 * @param after the name after the rename
 */
public record NameChange(Kind kind, String what, String before, String after) {
  /** The sorts of names that derive from the model's name. */
  public enum Kind {
    CLASS,
    LABEL,
    TABLE,
    MANY_TO_MANY_TABLE,
    MANY_TO_MANY_COLUMN,
    CONTENT_TYPE,
    PERMISSION_CODENAME,
    VERBOSE_NAME,
    REVERSE_ACCESSOR,
    REVERSE_QUERY_NAME,
    PARENT_LINK,
    ADMIN_URL_NAME,
    ADMIN_PATH,
    ADMIN_TEMPLATE,
    GENERIC_VIEW_TEMPLATE,
    LIST_VIEW_CONTEXT_NAME,
    DETAIL_VIEW_CONTEXT_NAME,
    FIXTURE_LABEL;

    /** Whether the name is a database table's (the model's own or an automatic join table). */
    public boolean isTable() {
      return this == TABLE || this == MANY_TO_MANY_TABLE;
    }
  }

  public NameChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  public boolean changes() {
    return !before.equals(after);
  }
}
