package org.migplan.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.fixture.FixtureCatalogue;
import org.migplan.core.fixture.FixtureModel;
import org.migplan.core.fixture.FixtureSelection;
import org.migplan.core.stage.FixtureRecord;
import org.migplan.core.stage.StagingCopy;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.backup.Sha256;
import org.migplan.db.fixture.FixtureExport;
import org.migplan.db.fixture.FixtureValues;
import org.migplan.db.stage.Stager;
import org.migplan.db.stage.StagingRecords;
import org.migplan.report.backup.StagingReports;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.project.DatetimeSettings;
import org.migplan.scan.project.ScannedProject;
import org.migplan.scan.version.DetectedVersion;
import org.migplan.scan.version.DjangoVersionDetector;

/** {@code migplan stage}: a verified staging copy, and optionally a Django fixture from it. */
public final class StageCommand implements Command {
  @Override
  public String name() {
    return "stage";
  }

  @Override
  public String summary() {
    return "make a verified staging copy of the database, and a Django fixture of the data";
  }

  @Override
  public String usage() {
    return "--db URL --to URL_OR_NAME [--replace] [--fixture FILE] [--model LABEL | --models"
        + " LABELS] [--project DIR] [--django-version X.Y]";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(DatabaseOption.option())
        .addOption(
            option(
                "to",
                "URL_OR_NAME",
                "the staging database: a URL, a database name on"
                    + " the source's server, or a SQLite file"))
        .addOption(
            Option.builder()
                .longOpt("replace")
                .desc("replace an earlier staging copy migplan made")
                .build())
        .addOption(
            option("fixture", "FILE", "also write the data as a Django fixture (dumpdata JSON)"))
        .addOption(
            option(
                "model",
                "LABEL",
                "the fixture holds this model (app_label.ModelName), the"
                    + " models pointing at it and what they point at"))
        .addOption(
            option("models", "LABELS", "the fixture holds exactly these models (comma-separated)"))
        .addOption(
            option(
                "project",
                "DIR",
                "the Django project (required with --fixture): its model sources"
                    + " give the fixture's models, fields and tables; its settings USE_TZ and"
                    + " TIME_ZONE"))
        .addOption(
            option(
                "django-version",
                "X.Y",
                "the project's Django version, whose defaults apply to USE_TZ and TIME_ZONE when"
                    + " the settings leave them unset (default: detected)"))
        .addOption(FormatOption.option());
  }

  @Override
  public int run(CommandLine line, CommandContext context) throws Exception {
    boolean json = FormatOption.json(line);
    if (!line.hasOption("to")) {
      throw new MigplanException(
          ErrorCode.USAGE, "missing --to URL_OR_NAME (the staging database)");
    }
    if (line.hasOption("fixture") && !line.hasOption("project")) {
      throw new MigplanException(
          ErrorCode.USAGE,
          "--fixture needs --project DIR (the Django project): a fixture's field names, decimal"
              + " places, durations and custom db_table models come from the model sources");
    }
    if (line.hasOption("django-version") && !line.hasOption("fixture")) {
      throw new MigplanException(
          ErrorCode.USAGE,
          "--django-version only shapes a fixture (Django's USE_TZ and TIME_ZONE defaults); give"
              + " --fixture FILE --project DIR with it, or leave it out");
    }
    // the project is read before anything is staged: a bad --project leaves nothing behind
    Optional<ScannedProject> scanned = Optional.empty();
    Optional<DetectedVersion> version = Optional.empty();
    if (line.hasOption("fixture")) {
      Path projectRoot = context.resolve(line.getOptionValue("project"));
      scanned = Optional.of(ProjectScanner.scan(projectRoot));
      version =
          DjangoVersionDetector.detect(
              projectRoot, Optional.ofNullable(line.getOptionValue("django-version")));
    }
    DatabaseUrl source = DatabaseOption.require(line, context, Optional.empty());
    DatabaseUrl target = target(source, line.getOptionValue("to"), context);
    StagingCopy copy = Stager.forUrl(source).stage(source, target, line.hasOption("replace"));
    String fixture = "";
    long objects = 0;
    if (copy.verified() && scanned.isPresent()) {
      Path file = context.resolve(line.getOptionValue("fixture"));
      FixtureCatalogue catalogue = FixtureExport.catalogue(target, scanned.get().model());
      catalogue.notes().forEach(note -> context.err().println("note: " + note));
      List<FixtureModel> models = select(catalogue.models(), line);
      objects =
          FixtureExport.write(
              target, models, values(target, scanned.get(), version, context), file);
      fixture = context.shown(file).toString();
      StagingRecords.recordFixture(
          target, new FixtureRecord(file.toAbsolutePath().toString(), Sha256.of(file), objects));
    }
    context
        .out()
        .print(
            json
                ? StagingReports.json(copy, fixture, objects)
                : StagingReports.text(copy, fixture, objects));
    return copy.verified() ? ExitCodes.OK : ExitCodes.BLOCKED;
  }

  private static DatabaseUrl target(DatabaseUrl source, String to, CommandContext context) {
    if (to.contains("://") || to.startsWith("jdbc:")) {
      DatabaseUrl url = DatabaseUrl.parse(to);
      if (!url.engine().equals(source.engine())) {
        throw new MigplanException(
            ErrorCode.USAGE,
            "--to is "
                + url.engine()
                + " but --db is "
                + source.engine()
                + "; stage into the same kind of database");
      }
      return url.isSqlite() && !url.sqlitePath().isAbsolute()
          ? DatabaseUrl.sqliteFile(context.resolve(url.sqlitePath().toString()))
          : url;
    }
    return source.isPostgres()
        ? source.withDatabase(to)
        : DatabaseUrl.sqliteFile(context.resolve(to));
  }

  private static List<FixtureModel> select(List<FixtureModel> all, CommandLine line) {
    Map<String, FixtureModel> byLabel = new TreeMap<>();
    all.forEach(m -> byLabel.put(m.label(), m));
    if (line.hasOption("models")) {
      return Arrays.stream(line.getOptionValue("models").split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .map(label -> find(byLabel, label))
          .sorted(java.util.Comparator.comparing(FixtureModel::label))
          .toList();
    }
    if (line.hasOption("model")) {
      return FixtureSelection.related(all, find(byLabel, line.getOptionValue("model")).label());
    }
    return List.copyOf(byLabel.values());
  }

  private static FixtureModel find(Map<String, FixtureModel> byLabel, String label) {
    FixtureModel model = byLabel.get(label.toLowerCase(java.util.Locale.ROOT));
    if (model == null) {
      throw new MigplanException(
          ErrorCode.MODEL_NOT_FOUND,
          "model "
              + label
              + " has no table in the database (known: "
              + String.join(", ", byLabel.keySet())
              + ")");
    }
    return model;
  }

  /**
   * How the fixture writes datetimes: the settings' {@code USE_TZ} and {@code TIME_ZONE}, Django's
   * defaults for the project's version where they are unset; every value assumed is a {@code note:}
   * line.
   */
  private static FixtureValues values(
      DatabaseUrl target,
      ScannedProject scanned,
      Optional<DetectedVersion> version,
      CommandContext context) {
    DatetimeSettings settings = DatetimeSettings.read(scanned.settings(), version);
    settings.notes().forEach(note -> context.err().println("note: " + note));
    return new FixtureValues(target.isPostgres(), settings.useTz(), settings.timeZone());
  }

  private static Option option(String name, String argument, String description) {
    return Option.builder().longOpt(name).hasArg().argName(argument).desc(description).build();
  }
}
