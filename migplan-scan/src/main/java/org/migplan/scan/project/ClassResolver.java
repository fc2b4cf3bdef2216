package org.migplan.scan.project;

import java.util.Optional;
import org.migplan.scan.python.ImportBinding;
import org.migplan.scan.python.PythonModule;

/**
 * Follows a name used in a module to the class it means: a class of the same module, or an imported
 * one (aliases, module aliases such as {@code cm.Member}, re-exports through a package's {@code
 * __init__}).
 */
final class ClassResolver {
  private static final int MAX_HOPS = 6;
  private final ModuleIndex modules;

  ClassResolver(ModuleIndex modules) {
    this.modules = modules;
  }

  /** The class {@code dotted} names inside {@code module}, when it is in the project. */
  Optional<ClassRef> resolve(SourceFile file, PythonModule module, String dotted) {
    return resolve(file, module, dotted, 0);
  }

  /** The absolute dotted name {@code dotted} stands for in {@code module} (imports applied). */
  static String qualify(PythonModule module, String dotted) {
    int dot = dotted.indexOf('.');
    String head = dot < 0 ? dotted : dotted.substring(0, dot);
    String rest = dot < 0 ? "" : dotted.substring(dot);
    ImportBinding binding = module.imports().get(head);
    if (binding != null) {
      return binding.qualified() + rest;
    }
    if (dot < 0 && module.findClass(dotted).isPresent()) {
      return module.name().isEmpty() ? dotted : module.name() + "." + dotted;
    }
    return dotted;
  }

  private Optional<ClassRef> resolve(
      SourceFile file, PythonModule module, String dotted, int hops) {
    if (hops > MAX_HOPS) {
      return Optional.empty();
    }
    if (dotted.indexOf('.') < 0) {
      var local = module.findClass(dotted);
      if (local.isPresent() && module.imports().get(dotted) == null) {
        return Optional.of(new ClassRef(file, module, local.get()));
      }
    }
    String qualified = qualify(module, dotted);
    if (qualified.equals(dotted) && dotted.indexOf('.') < 0) {
      return Optional.empty();
    }
    return resolveQualified(qualified, hops + 1);
  }

  /**
   * Whether a module of the tree is a copy of Django's own source (a {@code django} package at the
   * root). Django's classes are known by name (models.Model, the field classes, django.contrib's
   * models) whether or not such a copy lies in the tree; following names into it would only cost
   * time, and would make results differ between a project that vendors Django and one that installs
   * it. A tree whose root is Django's package itself is still read as a project.
   */
  static boolean isDjangoItself(String moduleName) {
    return moduleName.equals("django") || moduleName.startsWith("django.");
  }

  /** A class by absolute dotted name {@code package.module.Class}. */
  Optional<ClassRef> resolveQualified(String qualified, int hops) {
    int dot = qualified.lastIndexOf('.');
    if (dot <= 0 || hops > MAX_HOPS) {
      return Optional.empty();
    }
    String moduleName = qualified.substring(0, dot);
    String className = qualified.substring(dot + 1);
    Optional<SourceFile> file = modules.find(moduleName);
    if (file.isEmpty() || isDjangoItself(file.get().moduleName())) {
      return Optional.empty();
    }
    Optional<PythonModule> module = modules.module(file.get());
    if (module.isEmpty()) {
      return Optional.empty();
    }
    return resolve(file.get(), module.get(), className, hops + 1);
  }
}
