package org.migplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.model.EngineTraits;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.naming.DjangoNames;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ProjectModel;
import org.migplan.db.DatabaseUrl;

/** The options {@code audit} and {@code map} share: --project, --model, --db, --format. */
final class ModelOptions {
  static final String PROJECT = "project";
  static final String MODEL = "model";

  private ModelOptions() {}

  static Option project() {
    return Option.builder()
        .longOpt(PROJECT)
        .hasArg()
        .argName("DIR")
        .desc("the Django project (the directory holding manage.py)")
        .build();
  }

  static Option model() {
    return Option.builder()
        .longOpt(MODEL)
        .hasArg()
        .argName("LABEL")
        .desc("the model as Django labels it: app_label.ModelName")
        .build();
  }

  /** The usage line of a command taking exactly these options. */
  static final String USAGE = "--project DIR --model LABEL [--db URL] [--format text|json]";

  /** --project, --model, --db and --format. */
  static Options options() {
    return new Options()
        .addOption(project())
        .addOption(model())
        .addOption(DatabaseOption.option())
        .addOption(FormatOption.option());
  }

  /** The project directory; a missing one is an environment error naming it. */
  static Path project(CommandLine line, CommandContext context) {
    Path project = context.resolve(required(line, PROJECT));
    if (!Files.isDirectory(project)) {
      throw new MigplanException(
          ErrorCode.PROJECT_NOT_FOUND,
          "--project "
              + project
              + " is not a directory; point it at the directory holding manage.py");
    }
    return project;
  }

  static ModelLabel model(CommandLine line) {
    return ModelLabel.parse(required(line, MODEL));
  }

  private static String required(CommandLine line, String option) {
    if (!line.hasOption(option)) {
      throw new MigplanException(
          ErrorCode.USAGE,
          "missing required option --" + option + "; run with --help for the options");
    }
    return line.getOptionValue(option);
  }

  static DatabaseUrl database(CommandLine line, CommandContext context, Path project) {
    return DatabaseOption.require(line, context, Optional.of(project));
  }

  /**
   * The model's table: its declaration's ({@code Meta.db_table}, else Django's default name
   * truncated as the engine requires; a proxy's is its concrete model's); when the sources do not
   * declare it, the table a django.contrib model names, else Django's default.
   */
  static String tableName(
      ModelLabel model,
      Optional<ModelDeclaration> declaration,
      ProjectModel catalogue,
      EngineTraits traits) {
    return declaration
        .map(d -> catalogue.storageTable(d, traits.maxIdentifierLength()))
        .orElseGet(
            () ->
                DjangoNames.undeclaredTableName(
                    model.appLabel(), model.objectName(), traits.maxIdentifierLength()));
  }
}
