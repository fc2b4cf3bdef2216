package org.migplan.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.backup.BackupVerification;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.backup.BackupCandidates;
import org.migplan.db.backup.BackupVerifier;
import org.migplan.db.backup.Durations;
import org.migplan.db.backup.VerifyOptions;

/** {@code migplan verify-backup}: restores a backup into a scratch database and compares. */
public final class VerifyBackupCommand implements Command {
  @Override
  public String name() {
    return "verify-backup";
  }

  @Override
  public String summary() {
    return "prove a backup restores and matches the live database";
  }

  @Override
  public String usage() {
    return "--db URL (--backup FILE | --backups DIR) [--max-age 24h] [--format text|json] [--keep]";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(DatabaseOption.option())
        .addOption(
            Option.builder().longOpt("backup").hasArg().argName("FILE").desc("the backup").build())
        .addOption(
            Option.builder()
                .longOpt("backups")
                .hasArg()
                .argName("DIR")
                .desc("a folder of backups: the newest is verified")
                .build())
        .addOption(
            Option.builder()
                .longOpt("max-age")
                .hasArg()
                .argName("AGE")
                .desc("the oldest acceptable backup, e.g. 90m, 24h, 7d (default 24h)")
                .build())
        .addOption(BackupOptions.table())
        .addOption(FormatOption.option())
        .addOption(
            Option.builder()
                .longOpt("keep")
                .desc("keep the scratch database afterwards (it is dropped otherwise)")
                .build());
  }

  @Override
  public int run(CommandLine line, CommandContext context) throws Exception {
    boolean json = FormatOption.json(line);
    DatabaseUrl live = DatabaseOption.require(line, context, Optional.empty());
    Path backup = backup(line, context);
    Duration maxAge = Durations.parse(line.getOptionValue("max-age", "24h"));
    VerifyOptions options =
        new VerifyOptions(
            context.shown(backup).toString(),
            maxAge,
            line.hasOption("keep"),
            Optional.ofNullable(line.getOptionValue(BackupOptions.TABLE)),
            BackupOptions.manifest(backup),
            Instant.now());
    BackupVerification result = new BackupVerifier(live).verify(backup, options);
    BackupOptions.print(result, json, context.out());
    return result.verified() ? ExitCodes.OK : ExitCodes.BLOCKED;
  }

  private static Path backup(CommandLine line, CommandContext context) throws Exception {
    if (line.hasOption("backup") == line.hasOption("backups")) {
      throw new MigplanException(
          ErrorCode.USAGE, "give exactly one of --backup FILE and --backups DIR");
    }
    if (line.hasOption("backup")) {
      return context.resolve(line.getOptionValue("backup"));
    }
    return BackupCandidates.newest(context.resolve(line.getOptionValue("backups")));
  }
}
