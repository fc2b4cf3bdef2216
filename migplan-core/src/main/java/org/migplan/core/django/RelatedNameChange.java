package org.migplan.core.django;

import java.util.Objects;
import java.util.Optional;

/**
 * A relation of the renamed model whose {@code related_name} (or {@code related_query_name}) is
 * written with {@code %(class)s} or {@code %(model_name)s} (its own or an abstract base's): the
 * name Django fills in changes with the class, in code (reverse accessors and lookups) and in the
 * migration state, which keeps the filled-in name. The rename migration then alters the field (an
 * AlterField that runs no SQL), written as the app's migration wrote it with only the name changed.
 *
 * @param field the field's name
 * @param keyword {@code related_name}, or {@code related_query_name} when only the query name is
 *     written with the class name
 * @param before the name Django fills in today
 * @param after the name it fills in after the rename
 * @param migrated the field as the app's latest migration defining it with {@code before} as its
 *     {@code keyword} wrote it, split around that literal; empty when no migration does (the
 *     migration then cannot alter it)
 */
public record RelatedNameChange(
    String field,
    String keyword,
    String before,
    String after,
    Optional<ClassNamedIndex.MigratedCall> migrated) {
  public RelatedNameChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(keyword, "keyword");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(migrated, "migrated");
  }

  /** The same change, altered as the app's migration wrote the field. */
  public RelatedNameChange withMigrated(ClassNamedIndex.MigratedCall call) {
    return new RelatedNameChange(field, keyword, before, after, Optional.of(call));
  }

  /** {@code field: before -> after}. */
  public String describe() {
    return field + ": " + before + " -> " + after;
  }
}
