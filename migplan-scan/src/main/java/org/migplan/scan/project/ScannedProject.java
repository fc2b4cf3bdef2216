package org.migplan.scan.project;

import java.util.Map;
import java.util.Optional;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.ProjectModel;

/**
 * A scanned project: its files, parsed modules, settings constants and model catalogue, plus the
 * model label of every model class (by {@code path:ClassName}) so that references can follow class
 * names.
 */
public record ScannedProject(
    ProjectFiles files,
    ModuleIndex modules,
    SettingsConstants settings,
    ProjectModel model,
    Map<String, ModelLabel> labelsByClassKey) {
  public ScannedProject {
    labelsByClassKey = Map.copyOf(labelsByClassKey);
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
