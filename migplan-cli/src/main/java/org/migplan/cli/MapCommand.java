package org.migplan.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.database.DatabaseMap;
import org.migplan.core.database.TableStatistics;
import org.migplan.core.django.HistoricalModel;
import org.migplan.core.model.EngineTraits;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.CrossCheckFinding;
import org.migplan.core.source.DatabaseCrossCheck;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.PendingMigration;
import org.migplan.core.source.ProjectModel;
import org.migplan.core.source.RelationField;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Redaction;
import org.migplan.db.catalog.DatabaseReader;
import org.migplan.report.audit.DatabaseMapDocument;
import org.migplan.report.audit.DatabaseMapText;
import org.migplan.report.json.JsonDocuments;
import org.migplan.report.references.RelationshipMapText;
import org.migplan.report.references.SourceMapDocument;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.project.HistoryReader;
import org.migplan.scan.project.ProjectFiles;
import org.migplan.scan.project.ScannedProject;
import org.migplan.scan.references.ReferenceScanner;
import org.migplan.scan.references.SearchAhead;

/**
 * {@code migplan map}: every relationship to the model. The source half (declared relations and
 * every reference a rename must consider) always; with a database (from {@code --db}, {@code
 * DATABASE_URL} or the project's settings, as {@link DatabaseOption} finds it) the database half
 * too (foreign keys, join tables, inheritance children, generic relations, Django's tables) and a
 * cross-check of the two. {@code --no-db} maps the sources alone. A database found only in the
 * settings is a guess: when it cannot be read and the sources declare the model, the source half is
 * printed and one note on stderr says the database half was skipped and why.
 */
public final class MapCommand implements Command {

  /** Errors of a database found in the settings that leave the source half standing. */
  private static final Set<ErrorCode> SKIPPABLE =
      EnumSet.of(
          ErrorCode.BAD_DATABASE_URL,
          ErrorCode.CANNOT_CONNECT,
          ErrorCode.DATABASE_ERROR,
          ErrorCode.TABLE_NOT_FOUND);

  @Override
  public String name() {
    return "map";
  }

  @Override
  public String summary() {
    return "map every relationship to the model, in the sources and in the database";
  }

  @Override
  public String usage() {
    return "--project DIR --model LABEL [--db URL | --no-db] [--format text|json]";
  }

  @Override
  public Options options() {
    return ModelOptions.options().addOption(DatabaseOption.noneOption("map the sources only"));
  }

  @Override
  public int run(CommandLine line, CommandContext context) {
    ModelLabel model = ModelOptions.model(line);
    boolean json = FormatOption.json(line);
    Path project = ModelOptions.project(line, context);
    Optional<DatabaseOption.Choice> choice =
        DatabaseOption.none(line)
            ? Optional.empty()
            : DatabaseOption.choose(line, context, Optional.of(project));
    ProjectFiles files = ProjectScanner.walk(project);
    // the byte search for the model's name runs while the catalogue is built
    try (SearchAhead ahead = SearchAhead.start(files, model)) {
      return run(context, model, json, project, choice, ProjectScanner.scan(files), ahead);
    }
  }

  private int run(
      CommandContext context,
      ModelLabel model,
      boolean json,
      Path project,
      Optional<DatabaseOption.Choice> choice,
      ScannedProject scanned,
      SearchAhead ahead) {
    Optional<ModelDeclaration> declaration = scanned.model().find(model);
    if (declaration.isEmpty() && choice.isEmpty()) {
      ProjectScanner.locate(scanned.model(), model, project); // throws MODEL_NOT_FOUND
    }
    Optional<String> skipped = Optional.empty();
    Optional<DatabaseSide> side;
    try {
      side = choice.map(c -> DatabaseSide.read(c.url(), model, declaration, scanned.model()));
    } catch (MigplanException e) {
      boolean fromSettings =
          choice.get().origin() == DatabaseOption.Origin.SETTINGS && SKIPPABLE.contains(e.code());
      if (!fromSettings) {
        throw e;
      }
      if (declaration.isEmpty()) {
        ProjectScanner.locate(scanned.model(), model, project); // throws MODEL_NOT_FOUND
      }
      side = Optional.empty();
      skipped = Optional.of(Redaction.redactPassword(e.getMessage()));
      context
          .err()
          .println(
              "note: database side skipped: "
                  + skipped.get()
                  + " (the database came from the project's settings; pass --db URL to map it, or"
                  + " --no-db for the sources alone)");
    }
    OptionalInt maxNameLength = side.map(DatabaseSide::maxNameLength).orElse(OptionalInt.empty());
    Optional<DatabaseMap> database = side.map(DatabaseSide::map);
    Optional<DatabaseReader> reader = side.map(DatabaseSide::reader);
    Optional<SourceSide> source =
        declaration
            .map(d -> SourceSide.of(scanned, d, database, maxNameLength, ahead))
            .map(s -> reader.map(s::counted).orElse(s));
    if (json) {
      Map<String, Object> document = document(model, source, database, maxNameLength);
      skipped.ifPresent(reason -> document.put("database_skipped", reason));
      context.out().print(JsonDocuments.write(document));
    } else {
      context.out().print(text(model, project, source, database, maxNameLength));
    }
    return ExitCodes.OK;
  }

  /** The database's map of the model's table, and the engine's identifier limit. */
  private record DatabaseSide(DatabaseMap map, OptionalInt maxNameLength, DatabaseReader reader) {
    static DatabaseSide read(
        DatabaseUrl url,
        ModelLabel model,
        Optional<ModelDeclaration> declaration,
        ProjectModel catalogue) {
      DatabaseReader reader = new DatabaseReader(url, DatabaseReader.STATEMENT_TIMEOUT);
      EngineTraits traits = reader.dialect().traits();
      return new DatabaseSide(
          reader.map(model, ModelOptions.tableName(model, declaration, catalogue, traits)),
          traits.maxIdentifierLength(),
          reader);
    }
  }

  /** What the sources say about the model, and how it compares with the database. */
  private record SourceSide(
      ModelDeclaration declaration,
      List<RelationField> relations,
      List<CodeReference> references,
      List<CrossCheckFinding> findings,
      List<HistoricalModel> generated,
      List<PendingMigration> pending) {
    /**
     * The same, with the rows that hold a value counted for each declared column the database has
     * no foreign key for (db_constraint=False, unmanaged, unapplied): what a rename still touches.
     */
    SourceSide counted(DatabaseReader reader) {
      Map<String, Set<String>> columns = DatabaseCrossCheck.columnsToCount(findings);
      if (columns.isEmpty()) {
        return this;
      }
      Map<String, TableStatistics> counts = reader.sizes(columns.keySet(), columns);
      return new SourceSide(
          declaration,
          relations,
          references,
          DatabaseCrossCheck.withValueCounts(findings, counts),
          generated,
          pending);
    }

    static SourceSide of(
        ScannedProject scanned,
        ModelDeclaration declaration,
        Optional<DatabaseMap> database,
        OptionalInt maxNameLength,
        SearchAhead ahead) {
      ModelLabel label = declaration.label();
      List<CodeReference> references = ReferenceScanner.find(scanned, label, maxNameLength, ahead);
      return new SourceSide(
          declaration,
          scanned.model().relationsAround(label),
          references,
          database
              .map(
                  d ->
                      DatabaseCrossCheck.check(
                          scanned.model(), declaration, d.relations(), maxNameLength))
              .orElse(List.of()),
          HistoryReader.read(scanned, declaration, references),
          scanned.pendingMigrationsAround(label));
    }
  }

  private static Map<String, Object> document(
      ModelLabel model,
      Optional<SourceSide> source,
      Optional<DatabaseMap> database,
      OptionalInt maxNameLength) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("model", source.map(s -> s.declaration().label()).orElse(model).toString());
    source.ifPresent(
        s ->
            document.putAll(
                SourceMapDocument.members(
                    s.declaration(), s.relations(), s.references(), maxNameLength)));
    source.ifPresent(
        s ->
            document.put(
                "generated_models",
                SourceMapDocument.generatedModels(s.declaration(), s.generated(), maxNameLength)));
    source
        .filter(s -> !s.pending().isEmpty())
        .ifPresent(
            s ->
                document.put(
                    "pending_migrations", SourceMapDocument.pendingMigrations(s.pending())));
    database.ifPresent(d -> document.putAll(DatabaseMapDocument.members(d)));
    if (database.isPresent()) {
      source.ifPresent(s -> document.put("cross_check", SourceMapDocument.findings(s.findings())));
    }
    return document;
  }

  private static String text(
      ModelLabel model,
      Path project,
      Optional<SourceSide> source,
      Optional<DatabaseMap> database,
      OptionalInt maxNameLength) {
    if (source.isPresent()) {
      SourceSide s = source.get();
      return RelationshipMapText.render(
          new RelationshipMapText.Facts(
              s.declaration(),
              s.relations(),
              s.references(),
              s.generated(),
              maxNameLength,
              s.pending(),
              database,
              s.findings()));
    }
    return "Sources: "
        + model
        + " is not declared under "
        + project
        + "; only the database side follows.\n\n"
        + database.map(DatabaseMapText::render).orElse("");
  }
}
