package org.migplan.scan.project;

import org.migplan.scan.python.ClassDefinition;
import org.migplan.scan.python.PythonModule;

/** A class found in a project module. */
record ClassRef(SourceFile file, PythonModule module, ClassDefinition definition) {
  /** A key unique in the project: {@code path:ClassName}. */
  String key() {
    return file.relative() + ":" + definition.name();
  }
}
