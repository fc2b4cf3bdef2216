package org.migplan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.Option;
import org.migplan.core.backup.BackupManifest;
import org.migplan.core.backup.BackupVerification;
import org.migplan.report.backup.BackupReports;
import org.migplan.report.backup.ManifestJson;

/** Options and output shared by verify-backup, backup and stage. */
final class BackupOptions {
  static final String TABLE = "table";

  private BackupOptions() {}

  static Option table() {
    return Option.builder()
        .longOpt(TABLE)
        .hasArg()
        .argName("TABLE")
        .desc(
            "the model's table: it and the tables referencing it must match exactly, other tables"
                + " that changed since are warnings (default: every table must match)")
        .build();
  }

  static void print(BackupVerification result, boolean json, PrintStream out) {
    out.print(json ? BackupReports.json(result) : BackupReports.text(result));
  }

  /** The manifest written beside {@code backup} by migplan backup, if there is one. */
  static Optional<BackupManifest> manifest(Path backup) throws IOException {
    Path manifest = backup.resolveSibling(BackupManifest.nameFor(backup.getFileName().toString()));
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    return Optional.of(
        ManifestJson.read(Files.readString(manifest), manifest.getFileName().toString()));
  }
}
