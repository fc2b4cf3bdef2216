package org.migplan.scan.migrations;

import java.util.Comparator;
import java.util.Objects;

/** A migration's key in Django's graph: the app label and the migration name. */
public record MigrationKey(String app, String name) implements Comparable<MigrationKey> {
  private static final Comparator<MigrationKey> ORDER =
      Comparator.comparing(MigrationKey::app).thenComparing(MigrationKey::name);

  public MigrationKey {
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public int compareTo(MigrationKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return app + "." + name;
  }
}
