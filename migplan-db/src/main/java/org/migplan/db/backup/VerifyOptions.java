package org.migplan.db.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.migplan.core.backup.BackupManifest;

/**
 * How to verify a backup.
 *
 * @param displayName the backup as shown in reports (relative to the working directory)
 * @param maxAge the oldest acceptable backup
 * @param keep keep the scratch database afterwards
 * @param modelTable the model's table: it and the tables referencing it must match exactly; when
 *     empty every table must
 * @param manifest the manifest written beside the backup, if any
 * @param now the current time (for the age check)
 */
public record VerifyOptions(
    String displayName,
    Duration maxAge,
    boolean keep,
    Optional<String> modelTable,
    Optional<BackupManifest> manifest,
    Instant now) {
  public VerifyOptions {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(maxAge, "maxAge");
    Objects.requireNonNull(modelTable, "modelTable");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(now, "now");
  }
}
