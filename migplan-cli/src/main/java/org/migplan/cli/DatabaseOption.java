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

  /** {@code --no-db}: the command works from the sources alone. */
  public static final String NONE = "no-db";

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

  /** {@code --no-db}, for commands that can work from the sources alone. */
  public static Option noneOption(String what) {
    return Option.builder()
        .longOpt(NONE)
        .desc(what + ": ignore --db's defaults ($DATABASE_URL, the settings)")
        .build();
  }

  /**
   * Whether {@code --no-db} was given; with {@code --db} too it is a usage error, as they exclude
   * each other.
   */
  public static boolean none(CommandLine line) {
    if (line.hasOption(NONE) && line.hasOption(NAME)) {
      throw new MigplanException(
          ErrorCode.USAGE, "--no-db and --db exclude each other; give one of them");
    }
    return line.hasOption(NONE);
  }

  /** Where the database came from, in the order they are tried. */
  public enum Origin {
    /** {@code --db URL}. */
    OPTION,
    /** The environment's {@code DATABASE_URL}. */
    ENVIRONMENT,
    /** The project's settings, read statically. */
    SETTINGS
  }

  /**
   * The database named for a command, not yet parsed: {@link #url()} parses it (a bad URL is a
   * {@code BAD_DATABASE_URL} error then), so a caller can tell where a failing URL came from.
   */
  public record Choice(Origin origin, String value, Path workingDirectory) {
    /** The URL; a relative SQLite path is taken from the working directory. */
    public DatabaseUrl url() {
      DatabaseUrl url = DatabaseUrl.parse(value);
      return origin == Origin.SETTINGS ? url : relativeTo(url, workingDirectory);
    }
  }

  /**
   * The database to use, or empty when none was given and none could be found.
   *
   * @param project the Django project whose settings are read statically when neither --db nor
   *     DATABASE_URL names a database; empty for commands that take no project
   */
  public static Optional<DatabaseUrl> resolve(
      CommandLine line, CommandContext context, Optional<Path> project) {
    return choose(line, context, project).map(Choice::url);
  }

  /** As {@link #resolve}, keeping where the database came from. */
  public static Optional<Choice> choose(
      CommandLine line, CommandContext context, Optional<Path> project) {
    if (line.hasOption(NAME)) {
      return Optional.of(
          new Choice(Origin.OPTION, line.getOptionValue(NAME), context.workingDirectory()));
    }
    String environment = context.environment().get("DATABASE_URL");
    if (environment != null && !environment.isBlank()) {
      return Optional.of(new Choice(Origin.ENVIRONMENT, environment, context.workingDirectory()));
    }
    return project
        .flatMap(DatabaseSettingsReader::read)
        .map(value -> new Choice(Origin.SETTINGS, value, context.workingDirectory()));
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
