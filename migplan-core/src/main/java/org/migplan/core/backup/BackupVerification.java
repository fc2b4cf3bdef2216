package org.migplan.core.backup;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of verifying one backup: {@code verified} only when it was restored and nothing
 * blocking was found.
 *
 * @param backup the backup as the user named it (path relative to the working directory)
 * @param format its format, {@code null} when it could not be recognised
 * @param verified whether the backup restores and matches
 * @param tables per-table comparison, sorted by table
 * @param problems what blocks, one line each
 * @param warnings what does not block (e.g. tables changed since the backup was taken)
 * @param scratchDatabase the scratch database restored into, empty when none was made
 * @param scratchKept whether the scratch database was kept ({@code --keep})
 * @param verificationId this verification's id, chosen before anything else; the scratch database
 *     is named after it ({@code migplan_verify_<id>…}), so its leftovers can be told from other
 *     runs' even when none is reported
 */
public record BackupVerification(
    String backup,
    BackupFormat format,
    boolean verified,
    List<TableComparison> tables,
    List<String> problems,
    List<String> warnings,
    String scratchDatabase,
    boolean scratchKept,
    String verificationId) {
  public BackupVerification {
    Objects.requireNonNull(backup, "backup");
    tables = List.copyOf(tables);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
    scratchDatabase = Objects.requireNonNullElse(scratchDatabase, "");
    Objects.requireNonNull(verificationId, "verificationId");
    if (verified && !problems.isEmpty()) {
      throw new IllegalArgumentException("a backup with problems cannot be verified");
    }
  }

  /** A backup refused before any restore. */
  public static BackupVerification refused(
      String backup, BackupFormat format, List<String> why, String verificationId) {
    return new BackupVerification(
        backup, format, false, List.of(), why, List.of(), "", false, verificationId);
  }
}
