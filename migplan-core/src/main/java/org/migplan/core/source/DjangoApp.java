package org.migplan.core.source;

import java.util.Objects;

/**
 * A Django app as its AppConfig declares it.
 *
 * @param label the app label Django uses (AppConfig.label, else the last part of the name)
 * @param name the dotted module path (AppConfig.name, else derived from the directory)
 * @param directory the app's directory relative to the project root, with {@code /} separators
 * @param configClass the AppConfig class name, empty when the app has none
 */
public record DjangoApp(String label, String name, String directory, String configClass) {
  public DjangoApp {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(directory, "directory");
    configClass = configClass == null ? "" : configClass;
  }

  // equals and hashCode written out: a record's generated ones are bootstrapped through method
  // handles on first use, which a short CLI run pays for in start-up time (see MigrationKey)
  @Override
  public boolean equals(Object other) {
    return other instanceof DjangoApp app
        && label.equals(app.label)
        && name.equals(app.name)
        && directory.equals(app.directory)
        && configClass.equals(app.configClass);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, name, directory, configClass);
  }
}
