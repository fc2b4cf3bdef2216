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

  /*
   * equals and hashCode are written out because a record's generated ones are bootstrapped through
   * method handles on first use: a few tens of milliseconds of a short CLI run, spent spinning
   * classes. The same holds for DjangoApp, also hashed on every scan.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof MigrationKey key && app.equals(key.app) && name.equals(key.name);
  }

  @Override
  public int hashCode() {
    return 31 * app.hashCode() + name.hashCode();
  }

  @Override
  public String toString() {
    return app + "." + name;
  }
}
