package org.migplan.scan.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.migplan.scan.python.ModuleParser;
import org.migplan.scan.python.PythonModule;

/**
 * The project's Python modules by dotted name, parsed on first use. An import {@code a.b} finds the
 * file whose dotted path relative to the root is {@code a.b} or ends with {@code .a.b}, so projects
 * that put apps under {@code src/} or {@code apps/} resolve too.
 */
public final class ModuleIndex {
  private final Map<String, List<Named>> byLastPart = new HashMap<>();
  private final Map<String, Optional<SourceFile>> found = new ConcurrentHashMap<>();
  private final Map<String, Optional<PythonModule>> parsed = new ConcurrentHashMap<>();
  private final Map<String, SourceFile> byModuleName = new HashMap<>();

  private final String rootPrefix;

  /**
   * Indexes the files; {@code root} is the project root, whose own name prefixes imports when the
   * root is itself a package (an installed app scanned on its own).
   */
  public ModuleIndex(List<SourceFile> pythonFiles, java.nio.file.Path root) {
    java.nio.file.Path rootName = root.getFileName();
    this.rootPrefix = rootName == null ? "" : rootName + ".";
    for (SourceFile file : pythonFiles) {
      String name = file.moduleName();
      if (name.isEmpty()) {
        continue;
      }
      byModuleName.put(name, file);
      byLastPart.computeIfAbsent(lastPart(name), k -> new ArrayList<>()).add(new Named(name, file));
    }
  }

  /** The file of an absolute module name, preferring the shortest matching path. */
  public Optional<SourceFile> find(String dotted) {
    if (dotted.isEmpty()) {
      return Optional.empty();
    }
    return found.computeIfAbsent(dotted, this::search);
  }

  private Optional<SourceFile> search(String dotted) {
    SourceFile exact = byModuleName.get(dotted);
    if (exact != null) {
      return Optional.of(exact);
    }
    if (!rootPrefix.isEmpty() && dotted.startsWith(rootPrefix)) {
      SourceFile inRoot = byModuleName.get(dotted.substring(rootPrefix.length()));
      if (inRoot != null) {
        return Optional.of(inRoot);
      }
    }
    String suffix = "." + dotted;
    SourceFile best = null;
    for (Named candidate : byLastPart.getOrDefault(lastPart(dotted), List.of())) {
      boolean shorter =
          best == null || candidate.file().relative().length() < best.relative().length();
      if (shorter && candidate.name().endsWith(suffix)) {
        best = candidate.file();
      }
    }
    return Optional.ofNullable(best);
  }

  /** A file with its dotted module name. */
  private record Named(String name, SourceFile file) {}

  /** The parsed module of a file (empty when the file is binary). */
  public Optional<PythonModule> module(SourceFile file) {
    return parsed.computeIfAbsent(
        file.relative(),
        key ->
            ProjectFiles.read(file)
                .map(text -> ModuleParser.parse(file.moduleName(), file.isPackageInit(), text)));
  }

  /** The module if it was parsed already (by the catalogue), else empty. */
  public Optional<PythonModule> parsedModule(SourceFile file) {
    Optional<PythonModule> module = parsed.get(file.relative());
    return module == null ? Optional.empty() : module;
  }

  private static String lastPart(String dotted) {
    int dot = dotted.lastIndexOf('.');
    return dot < 0 ? dotted : dotted.substring(dot + 1);
  }
}
