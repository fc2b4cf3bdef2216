package org.migplan.core.database;

import java.util.Objects;

/**
 * A row of {@code django_migrations}.
 *
 * @param id the row's id: Django inserts rows in the order it applies migrations
 * @param applied when it was applied, as the database shows it
 */
public record AppliedMigration(long id, String app, String name, String applied) {
  public AppliedMigration {
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(name, "name");
    applied = Objects.requireNonNullElse(applied, "");
  }
}
