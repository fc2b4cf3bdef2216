package org.migplan.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.db.DatabaseUrl;
import org.migplan.scan.settings.DatabaseSettingsReader;

/**
 * The {@code --db} option every database command shares: {@code --db URL}, else the environment's
 * {@code DATABASE_URL}, else the project's settings when {@code DATABASES} can be read statically.
 */
public final class DatabaseOption {
  public static final String NAME = "db";

  private DatabaseOption() {}

  public static Option option() {
    return Option.builder()
        .longOpt(NAME)
        .hasArg()
        .argName("URL")
        .desc(
            "the database: postgres://user:pass@host:port/name, sqlite:///relative/path,"
                + " sqlite:////absolute/path or a JDBC URL; default $DATABASE_URL, then the"
                + " project's settings")
        .build();
  }

  /**
   * The database to use, or empty when none was given and none could be found.
   *
   * @param project the Django project whose settings are read statically when neither --db nor
   *     DATABASE_URL names a database; empty for commands that take no project
   */
  public static Optional<DatabaseUrl> resolve(
      CommandLine line, CommandContext context, Optional<Path> project) {
    if (line.hasOption(NAME)) {
      return Optional.of(
          relativeTo(DatabaseUrl.parse(line.getOptionValue(NAME)), context.workingDirectory()));
    }
    String environment = context.environment().get("DATABASE_URL");
    if (environment != null && !environment.isBlank()) {
      return Optional.of(relativeTo(DatabaseUrl.parse(environment), context.workingDirectory()));
    }
    return project.flatMap(DatabaseSettingsReader::read).map(DatabaseUrl::parse);
  }

  /** Like {@link #resolve} but a missing database is a usage error naming --db. */
  public static DatabaseUrl require(
      CommandLine line, CommandContext context, Optional<Path> project) {
    return resolve(line, context, project)
        .orElseThrow(
            () ->
                new MigplanException(
                    ErrorCode.NO_DATABASE,
                    "no database given; pass --db URL (e.g. sqlite:///db.sqlite3 or"
                        + " postgres://user@host:5432/name) or set DATABASE_URL"));
  }

  private static DatabaseUrl relativeTo(DatabaseUrl url, Path workingDirectory) {
    if (url.isSqlite() && !url.sqlitePath().isAbsolute()) {
      return DatabaseUrl.sqliteFile(workingDirectory.resolve(url.sqlitePath()).normalize());
    }
    return url;
  }
}
