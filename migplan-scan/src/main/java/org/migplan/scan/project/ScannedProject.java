package org.migplan.scan.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.ProjectModel;

/**
 * A scanned project: its files, parsed modules, settings constants and model catalogue, plus the
 * model label of every model class (by {@code path:ClassName}) so that references can follow class
 * names. {@code pendingMigrations}: source relations the migration state lacks; {@code
 * migrationLeaves}: each app's leaf migrations, sorted (more than one: conflicting migrations).
 */
public record ScannedProject(
    ProjectFiles files,
    ModuleIndex modules,
    SettingsConstants settings,
    ProjectModel model,
    Map<String, ModelLabel> labelsByClassKey,
    List<org.migplan.core.source.PendingMigration> pendingMigrations,
    Map<String, List<String>> migrationLeaves) {
  public ScannedProject {
    labelsByClassKey = Map.copyOf(labelsByClassKey);
    pendingMigrations = List.copyOf(pendingMigrations);
    migrationLeaves = Map.copyOf(migrationLeaves);
  }

  /** A scan before its migrations are compared with the sources. */
  public ScannedProject(
      ProjectFiles files,
      ModuleIndex modules,
      SettingsConstants settings,
      ProjectModel model,
      Map<String, ModelLabel> labelsByClassKey) {
    this(files, modules, settings, model, labelsByClassKey, List.of(), Map.of());
  }

  /**
   * The pending migrations that concern {@code label}: fields declared on it, and relations
   * pointing at it.
   */
  public List<org.migplan.core.source.PendingMigration> pendingMigrationsAround(ModelLabel label) {
    return pendingMigrations.stream().filter(p -> p.concerns(label)).toList();
  }

  /** The label of the model class a name in {@code module} refers to, if it is a model. */
  public Optional<ModelLabel> modelLabel(
      SourceFile file, org.migplan.scan.python.PythonModule module, String dotted) {
    return new ClassResolver(modules)
        .resolve(file, module, dotted)
        .map(ClassRef::key)
        .map(labelsByClassKey::get);
  }
}
