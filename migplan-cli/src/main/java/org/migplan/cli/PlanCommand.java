package org.migplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.migplan.cli.plan.PlanFacts;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.model.AsciiIdentifiers;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.plan.BackupFacts;
import org.migplan.core.plan.Plan;
import org.migplan.core.plan.PlanInput;
import org.migplan.core.plan.Planner;
import org.migplan.core.plan.Severity;
import org.migplan.db.DatabaseUrl;
import org.migplan.report.ArtifactNames;
import org.migplan.report.plan.PlanArtifacts;
import org.migplan.report.plan.RenderSettings;
import org.migplan.scan.version.DetectedVersion;
import org.migplan.scan.version.DjangoVersionDetector;

/** {@code migplan plan}: facts in, the reviewable documents out, written atomically. */
public final class PlanCommand implements Command {
  @Override
  public String name() {
    return "plan";
  }

  @Override
  public String summary() {
    return "write the migration strategy, schema, rollback script and plan.json for a model rename";
  }

  @Override
  public String usage() {
    return "--project DIR --model LABEL --to NEWNAME [options]";
  }

  @Override
  public Options options() {
    Options options = new Options();
    options.addOption(arg("project", "DIR", "the Django project root (where manage.py is)"));
    options.addOption(arg("model", "LABEL", "the model to rename, app_label.ModelName"));
    options.addOption(arg("to", "NEWNAME", "the new class name"));
    options.addOption(DatabaseOption.option());
    options.addOption(
        DatabaseOption.noneOption(
            "plan from the sources only (the plan lists what it could not verify)"));
    options.addOption(arg("backups", "DIR", "directory of backups to verify and restore from"));
    options.addOption(arg("staging", "URL", "the staging copy to rehearse on"));
    options.addOption(
        arg(
            "out",
            "DIR",
            "output directory (default docs/migplan/<app>-<model>-to-<new> under the project)"));
    options.addOption(
        arg("django-version", "X.Y", "the project's Django version (default: detected)"));
    options.addOption(
        arg(
            "fail-on",
            "LEVEL",
            "exit 1 when findings reach this level: high or medium (default high)"));
    return options;
  }

  private static Option arg(String name, String argName, String description) {
    return Option.builder().longOpt(name).hasArg().argName(argName).desc(description).build();
  }

  @Override
  public int run(CommandLine line, CommandContext context) throws Exception {
    for (String required : List.of("project", "model", "to")) {
      if (!line.hasOption(required)) {
        return ExitCodes.usage(
            context,
            "missing required option --"
                + required
                + "; run 'migplan plan --help' for its options");
      }
    }
    Severity failOn = failOn(line.getOptionValue("fail-on", "high"));
    ModelLabel model = ModelLabel.parse(line.getOptionValue("model"));
    String newName = line.getOptionValue("to").strip();
    if (!AsciiIdentifiers.is(newName)
        || AsciiIdentifiers.isKeyword(newName)
        || newName.equals(model.objectName())) {
      throw new MigplanException(
          ErrorCode.USAGE,
          "--to '"
              + newName
              + "' is not a new class name for "
              + model
              + "; give a Python identifier (not a keyword) that differs from "
              + model.objectName());
    }
    if (newName.equalsIgnoreCase(model.objectName())) {
      // Django keys models by their lower-case name: a RenameModel between the two is no rename,
      // and Django 3.2 to 5.x fail to migrate it (the model state is removed under its own key)
      throw new MigplanException(
          ErrorCode.USAGE,
          "--to '"
              + newName
              + "' differs from "
              + model.objectName()
              + " only in case, which Django does not see as a rename: the table, content type,"
              + " permissions and reverse names stay, and a RenameModel would make migrate fail;"
              + " rename the class in the code, then run makemigrations (it alters only the"
              + " many-to-many fields that name the model, with no SQL)");
    }
    Path project = context.resolve(line.getOptionValue("project"));
    if (!Files.isRegularFile(project.resolve("manage.py"))) {
      throw new MigplanException(
          ErrorCode.PROJECT_NOT_FOUND,
          "--project "
              + project
              + " is not a Django project (no manage.py); pass the directory that holds manage.py");
    }
    DetectedVersion version =
        DjangoVersionDetector.detect(
                project, Optional.ofNullable(line.getOptionValue("django-version")))
            .orElseThrow(
                () ->
                    new MigplanException(
                        ErrorCode.USAGE,
                        "could not find the Django version in "
                            + project
                            + " (requirements*.txt, pyproject.toml, setup.cfg, Pipfile.lock, poetry.lock, migration headers);"
                            + " pass --django-version X.Y"));

    Optional<DatabaseUrl> database =
        DatabaseOption.none(line)
            ? Optional.empty()
            : DatabaseOption.resolve(line, context, Optional.of(project));
    PlanFacts facts = PlanFacts.gather(project, model, newName, database);
    List<String> missing = new ArrayList<>();
    Optional<BackupFacts> backup = Optional.empty();
    if (line.hasOption("backups") && database.isPresent()) {
      backup =
          Optional.of(
              PlanBackups.verify(
                  database.get(), context.resolve(line.getOptionValue("backups")), project));
    } else if (line.hasOption("backups")) {
      missing.add("backup: --backups was given without a database (--db) to compare it with");
    }
    Optional<String> staging = Optional.empty();
    if (line.hasOption("staging")) {
      staging = PlanBackups.staging(DatabaseUrl.parse(line.getOptionValue("staging")), missing);
    }
    if (database.isEmpty()) {
      missing.add("engine: no database given; the DDL is predicted for PostgreSQL");
    }
    PlanInput input =
        new PlanInput(
            model,
            newName,
            version.version(),
            version.source(),
            facts.source(),
            facts.database(),
            backup,
            staging,
            facts.engine(),
            missing);
    String generator = "migplan " + Migplan.version();
    Plan plan = new Planner(generator).plan(input);

    Path out =
        line.hasOption("out")
            ? context.resolve(line.getOptionValue("out"))
            : project.resolve(
                ArtifactNames.defaultDirectory(model.appLabel(), model.objectName(), newName));
    String projectFromOut =
        slash(out.toAbsolutePath().normalize().relativize(project.toAbsolutePath().normalize()));
    Map<String, String> files =
        new LinkedHashMap<>(
            PlanArtifacts.render(
                plan,
                new RenderSettings(
                    generator, today(context), projectFromOut.isEmpty() ? "." : projectFromOut)));
    files.put(ArtifactNames.REFERENCES, facts.referencesText());
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (file.getKey().endsWith(".sh")) {
        AtomicFiles.writeExecutable(out.resolve(file.getKey()), file.getValue());
      } else {
        AtomicFiles.write(out.resolve(file.getKey()), file.getValue());
      }
    }
    context
        .out()
        .println(
            "risk "
                + plan.risk().label()
                + ": "
                + plan.findings().size()
                + " findings; "
                + counts(plan)
                + files.size()
                + " files in "
                + slash(context.shown(out)));
    plan.notVerified().forEach(item -> context.err().println("not verified: " + item));
    return plan.hasFindingsAtOrAbove(failOn) ? ExitCodes.BLOCKED : ExitCodes.OK;
  }

  /** The counts the summary line names: the model's rows and the relations' rows, when read. */
  private static String counts(Plan plan) {
    long counted = plan.relations().stream().filter(r -> r.rows().isPresent()).count();
    long referencing = plan.relations().stream().mapToLong(r -> r.rows().orElse(0)).sum();
    String relations =
        String.format(
                java.util.Locale.ROOT,
                "%d relations holding %,d rows",
                plan.relations().size(),
                referencing)
            + (counted < plan.relations().size()
                ? " (" + (plan.relations().size() - counted) + " not counted)"
                : "")
            + "; ";
    return plan.input()
            .database()
            .map(
                d ->
                    String.format(
                        java.util.Locale.ROOT,
                        "%,d rows in %s; ",
                        d.target().rows(),
                        d.target().table()))
            .orElse("")
        + relations;
  }

  private static Severity failOn(String text) {
    if (!text.equalsIgnoreCase("high") && !text.equalsIgnoreCase("medium")) {
      throw new MigplanException(
          ErrorCode.USAGE, "--fail-on '" + text + "' is not a level; use high or medium");
    }
    return Severity.parse(text);
  }

  /**
   * The date written into the documents: SOURCE_DATE_EPOCH when set (reproducible builds), else
   * today.
   */
  private static String today(CommandContext context) {
    String epoch = context.environment().get("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d+")) {
      return LocalDate.ofEpochDay(Long.parseLong(epoch) / 86_400).toString();
    }
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  private static String slash(Path path) {
    return path.toString().replace('\\', '/');
  }
}
