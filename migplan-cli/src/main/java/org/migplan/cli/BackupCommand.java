package org.migplan.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.migplan.core.backup.BackupManifest;
import org.migplan.core.backup.BackupVerification;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.backup.BackupTaker;
import org.migplan.db.backup.BackupVerifier;
import org.migplan.db.backup.VerifyOptions;
import org.migplan.report.backup.ManifestJson;

/** {@code migplan backup}: a backup with a manifest beside it, then verified. */
public final class BackupCommand implements Command {
  @Override
  public String name() {
    return "backup";
  }

  @Override
  public String summary() {
    return "take a backup (pg_dump -Fc or SQLite online backup) with a manifest, and verify it";
  }

  @Override
  public String usage() {
    return "--db URL --out DIR [--format text|json]";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(DatabaseOption.option())
        .addOption(
            Option.builder()
                .longOpt("out")
                .hasArg()
                .argName("DIR")
                .required()
                .desc("the folder to write the backup and its manifest to")
                .build())
        .addOption(BackupOptions.table())
        .addOption(FormatOption.option());
  }

  @Override
  public int run(CommandLine line, CommandContext context) throws Exception {
    boolean json = FormatOption.json(line);
    DatabaseUrl live = DatabaseOption.require(line, context, Optional.empty());
    Path out = context.resolve(line.getOptionValue("out"));
    Instant now = Instant.now();
    BackupTaker.Taken taken = new BackupTaker(live).take(out, now);
    BackupManifest manifest = taken.manifest();
    AtomicFiles.write(
        taken.file().resolveSibling(BackupManifest.nameFor(manifest.file())),
        ManifestJson.write(manifest));
    VerifyOptions options =
        new VerifyOptions(
            context.shown(taken.file()).toString(),
            Duration.ofDays(1),
            false,
            Optional.ofNullable(line.getOptionValue(BackupOptions.TABLE)),
            Optional.of(manifest),
            now);
    BackupVerification result = new BackupVerifier(live).verify(taken.file(), options);
    BackupOptions.print(result, json, context.out());
    return result.verified() ? ExitCodes.OK : ExitCodes.BLOCKED;
  }
}
