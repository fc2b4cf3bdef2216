package org.migplan.scan.references;

import org.migplan.core.source.ReferenceKind;

/** Shared rules for references. */
final class References {
  private References() {}

  /** Whether a reference of this kind must be edited when the model is renamed. */
  static boolean mustChange(ReferenceKind kind, TargetPatterns patterns) {
    return switch (kind) {
      case TEXT_MENTION, MIGRATION_HISTORICAL -> false;
      case RAW_SQL_TABLE -> patterns.surface.tableChanges();
      default -> true;
    };
  }
}
