package org.migplan.scan.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.migplan.scan.python.ClassDefinition;
import org.migplan.scan.python.ModuleParser;
import org.migplan.scan.python.PythonModule;

/**
 * One migration file as read from its {@code class Migration}: its dependencies, the migrations it
 * replaces (a squashed migration) and its operations, not yet interpreted.
 *
 * @param key the app label and migration name
 * @param file the file, relative to the project root
 * @param dependencies the keys it depends on; {@code __first__}/{@code __latest__} kept as written
 * @param replaces the keys a squashed migration replaces
 * @param operations the {@code operations} list's entries
 */
record MigrationFile(
    MigrationKey key,
    String file,
    List<MigrationKey> dependencies,
    List<MigrationKey> replaces,
    List<PyValue> operations) {
  public MigrationFile {
    dependencies = List.copyOf(dependencies);
    replaces = List.copyOf(replaces);
    operations = List.copyOf(operations);
  }

  /**
   * Reads a migration module. Empty when it has no {@code class Migration} (not a migration, or not
   * readable as one).
   *
   * @param settings the project's settings constants, for {@code swappable_dependency(settings.X)}
   */
  static Optional<MigrationFile> parse(
      MigrationKey key, String file, String source, Function<String, Optional<String>> settings) {
    PythonModule module = ModuleParser.parse(key.name(), false, source);
    Optional<ClassDefinition> migration = module.findClass("Migration");
    if (migration.isEmpty()) {
      return Optional.empty();
    }
    ClassDefinition definition = migration.get();
    List<MigrationKey> dependencies = new ArrayList<>();
    definition
        .assignment("dependencies")
        .map(a -> ValueParser.parse(a.value()))
        .ifPresent(
            v -> items(v).forEach(d -> dependency(d, settings).ifPresent(dependencies::add)));
    List<MigrationKey> replaces = new ArrayList<>();
    definition
        .assignment("replaces")
        .map(a -> ValueParser.parse(a.value()))
        .ifPresent(v -> items(v).forEach(d -> pair(d).ifPresent(replaces::add)));
    List<PyValue> operations =
        definition
            .assignment("operations")
            .map(a -> ValueParser.parse(a.value()))
            .map(MigrationFile::items)
            .orElse(List.of());
    return Optional.of(new MigrationFile(key, file, dependencies, replaces, operations));
  }

  static List<PyValue> items(PyValue value) {
    return value instanceof PyValue.Seq seq ? seq.items() : List.of();
  }

  private static Optional<MigrationKey> dependency(
      PyValue value, Function<String, Optional<String>> settings) {
    if (value instanceof PyValue.CallValue call
        && call.simpleName().equals("swappable_dependency")) {
      // Django: (app label of the setting's model, "__first__")
      return call.argument("value", 0)
          .flatMap(v -> Targets.settingValue(v, settings))
          .filter(label -> label.contains("."))
          .map(label -> new MigrationKey(label.substring(0, label.indexOf('.')), "__first__"));
    }
    return pair(value);
  }

  private static Optional<MigrationKey> pair(PyValue value) {
    List<PyValue> items = items(value);
    if (items.size() != 2) {
      return Optional.empty();
    }
    Optional<String> app = items.get(0).stringValue();
    Optional<String> name = items.get(1).stringValue();
    return app.isPresent() && name.isPresent()
        ? Optional.of(new MigrationKey(app.get(), name.get()))
        : Optional.empty();
  }
}
