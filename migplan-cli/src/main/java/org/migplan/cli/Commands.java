package org.migplan.cli;

import java.util.List;

/** Every command, in the order {@code migplan --help} lists them. */
public final class Commands {
  private Commands() {}

  public static List<Command> all() {
    return List.of(
        new AuditCommand(),
        new MapCommand(),
        new PlanCommand(),
        new VerifyBackupCommand(),
        new BackupCommand(),
        new StageCommand(),
        new DemoCommand(),
        new ServerCommand());
  }
}
