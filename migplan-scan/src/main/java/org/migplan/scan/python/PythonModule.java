package org.migplan.scan.python;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What migplan reads from one Python module: imports, top-level classes and top-level constants.
 *
 * @param name the module's dotted name relative to the project root
 * @param imports names bound by imports anywhere in the module
 * @param classes classes, top-level first
 * @param constants top-level {@code NAME = 'string'} assignments
 * @param tokens the module's tokens (an unmodifiable view of the list handed over, not a copy)
 * @param lines its logical lines (likewise)
 */
public record PythonModule(
    String name,
    Map<String, ImportBinding> imports,
    List<ClassDefinition> classes,
    Map<String, String> constants,
    List<Token> tokens,
    List<LogicalLine> lines) {
  public PythonModule {
    imports = Map.copyOf(imports);
    classes = List.copyOf(classes);
    constants = Map.copyOf(constants);
    tokens = Collections.unmodifiableList(tokens);
    lines = Collections.unmodifiableList(lines);
  }

  public Optional<ClassDefinition> findClass(String className) {
    return classes.stream().filter(c -> c.name().equals(className)).findFirst();
  }

  /** The package the module is in (itself for an {@code __init__}). */
  public String packageName(boolean isPackageInit) {
    if (isPackageInit) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }
}
