package org.migplan.scan.python;

/**
 * What a name bound by an import refers to: {@code module} (absolute, dotted) and, for {@code from
 * module import name}, the imported {@code name} (empty for {@code import module}).
 */
public record ImportBinding(String module, String name, int line) {
  /** The dotted path the binding stands for: {@code module.name} or {@code module}. */
  public String qualified() {
    return name.isEmpty() ? module : module.isEmpty() ? name : module + "." + name;
  }
}
