package org.migplan.core.plan;

import java.util.List;
import java.util.Optional;

/**
 * How to undo the rename.
 *
 * @param appLabel the app
 * @param previousMigration the migration to migrate back to: the app's latest applied migration
 * @param previousMigrationSource where that name came from ({@code django_migrations} or the
 *     sources)
 * @param expectedCounts row counts recorded in the plan, by table name as it is before the rename
 * @param backup the backup to restore when rolling back is not enough
 */
public record RollbackPlan(
    String appLabel,
    String previousMigration,
    String previousMigrationSource,
    List<TableFacts> expectedCounts,
    Optional<BackupFacts> backup) {
  public RollbackPlan {
    expectedCounts = List.copyOf(expectedCounts);
  }
}
