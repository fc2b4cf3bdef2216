package org.migplan.core.plan;

import java.util.List;

/** The references in one file that must change, in line order. */
public record FileChanges(String file, List<CodeReference> references) {
  public FileChanges {
    references = List.copyOf(references);
  }
}
