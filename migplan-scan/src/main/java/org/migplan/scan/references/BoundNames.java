package org.migplan.scan.references;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migplan.scan.python.ImportBinding;

/**
 * The names imports bind to the model across the files read so far: the class's own name, then
 * every alias an import binds to a known name ({@code from m import Member as M}), followed through
 * chains of re-exports in any order the files were read. Each name is handed out for searching
 * once. Safe for concurrent use.
 */
final class BoundNames {
  private final Set<String> known = new HashSet<>();
  private final Set<String> searched = new HashSet<>();
  private final List<Map<String, ImportBinding>> imports = new ArrayList<>();

  /** Starts from the model's class name, which the first search round looks for. */
  BoundNames(String objectName) {
    known.add(objectName);
    searched.add(objectName);
  }

  /** Adds the imports of a file the search found. */
  synchronized void add(Map<String, ImportBinding> fileImports) {
    if (!fileImports.isEmpty()) {
      imports.add(fileImports);
    }
  }

  /**
   * The names bound to the model by the imports added so far that no round has searched for yet;
   * they count as searched from now on.
   */
  synchronized Set<String> unsearched() {
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map<String, ImportBinding> fileImports : imports) {
        for (Map.Entry<String, ImportBinding> binding : fileImports.entrySet()) {
          if (known.contains(binding.getValue().name()) && known.add(binding.getKey())) {
            grew = true;
          }
        }
      }
    }
    Set<String> fresh = new HashSet<>(known);
    fresh.removeAll(searched);
    searched.addAll(fresh);
    return fresh;
  }
}
