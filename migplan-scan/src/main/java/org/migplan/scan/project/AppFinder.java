package org.migplan.scan.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migplan.core.model.AsciiIdentifiers;
import org.migplan.core.source.DjangoApp;
import org.migplan.scan.python.ClassDefinition;
import org.migplan.scan.python.Expressions;
import org.migplan.scan.python.PythonModule;

/**
 * Finds the apps: every directory with an {@code apps.py} declaring an AppConfig, and every
 * directory holding a {@code models.py} or a {@code models/} package. The label is the AppConfig's
 * {@code label}, else the last part of its {@code name}, else the directory's name.
 */
final class AppFinder {
  private AppFinder() {}

  /** Apps by directory (relative path). */
  static Map<String, DjangoApp> find(ProjectFiles files, ModuleIndex modules) {
    String rootName =
        files.root().getFileName() == null ? "" : files.root().getFileName().toString();
    Map<String, DjangoApp> apps = new HashMap<>();
    for (SourceFile file : files.python()) {
      if (file.fileName().equals("apps.py") && !file.isUnder("migrations")) {
        modules
            .module(file)
            .flatMap(m -> config(m, file.directory()))
            .ifPresent(app -> apps.put(app.directory(), app));
      }
    }
    for (SourceFile file : files.python()) {
      modelsDirectory(file)
          .ifPresent(directory -> apps.computeIfAbsent(directory, d -> implicitApp(d, rootName)));
    }
    return apps;
  }

  /** The app directory of a models module ({@code app/models.py} or {@code app/models/x.py}). */
  static Optional<String> modelsDirectory(SourceFile file) {
    String directory = file.directory();
    boolean inModelsPackage = directory.equals("models") || directory.endsWith("/models");
    Optional<String> app = Optional.empty();
    if (file.fileName().equals("models.py") && !inModelsPackage) {
      app = Optional.of(directory);
    } else if (file.fileName().endsWith(".py") && inModelsPackage) {
      int slash = directory.lastIndexOf('/');
      app = Optional.of(slash < 0 ? "" : directory.substring(0, slash));
    }
    return app.filter(AppFinder::canHoldModels);
  }

  /**
   * Whether a directory can be an app. In a copy of Django's own source at the root, only the
   * {@code django/contrib/<app>} packages are apps: {@code django/db/models/} and {@code
   * django/forms/models.py} are the framework, not apps, and their classes are known by name.
   */
  private static boolean canHoldModels(String directory) {
    if (!directory.equals("django") && !directory.startsWith("django/")) {
      return true;
    }
    String contrib = "django/contrib/";
    return directory.startsWith(contrib) && directory.indexOf('/', contrib.length()) < 0;
  }

  private static DjangoApp implicitApp(String directory, String rootName) {
    String name = directory.isEmpty() ? rootName : directory.replace('/', '.');
    int slash = directory.lastIndexOf('/');
    String label = directory.isEmpty() ? rootName : directory.substring(slash + 1);
    return new DjangoApp(identifierOr(label), name, directory, "");
  }

  private static String identifierOr(String label) {
    return AsciiIdentifiers.is(label) ? label : "project";
  }

  private static Optional<DjangoApp> config(PythonModule module, String directory) {
    List<ClassDefinition> configs = new ArrayList<>();
    for (ClassDefinition definition : module.classes()) {
      boolean isConfig =
          definition.bases().stream()
              .map(Expressions::text)
              .anyMatch(base -> base.endsWith("AppConfig"));
      if (isConfig && definition.assignment("name").isPresent()) {
        configs.add(definition);
      }
    }
    if (configs.isEmpty()) {
      return Optional.empty();
    }
    ClassDefinition chosen =
        configs.stream()
            .filter(
                c ->
                    c.assignment("default")
                        .map(a -> Expressions.text(a.value()).equals("True"))
                        .orElse(false))
            .findFirst()
            .orElse(configs.get(0));
    String name = chosen.assignment("name").map(a -> Expressions.value(a.value())).orElse("");
    String label =
        chosen
            .assignment("label")
            .map(a -> Expressions.value(a.value()))
            .orElse(name.substring(name.lastIndexOf('.') + 1));
    return Optional.of(new DjangoApp(identifierOr(label), name, directory, chosen.name()));
  }
}
