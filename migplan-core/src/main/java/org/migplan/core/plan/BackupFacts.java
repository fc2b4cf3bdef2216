package org.migplan.core.plan;

import java.util.Objects;

/**
 * The backup the rollback falls back on.
 *
 * @param file the backup file, relative to the project root when inside it
 * @param verified whether it was restored into a scratch database and matched the live counts
 * @param how what the verification did, or why it failed
 * @param restoreCommand the shell command that restores it over the database ({@code ""} when the
 *     backup side gave none)
 */
public record BackupFacts(String file, boolean verified, String how, String restoreCommand) {
  public BackupFacts {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(how, "how");
    restoreCommand = restoreCommand == null ? "" : restoreCommand;
  }
}
