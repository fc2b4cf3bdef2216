package org.migplan.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.migplan.core.database.DatabaseMap;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.CrossCheckFinding;
import org.migplan.core.source.DatabaseCrossCheck;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.PendingMigration;
import org.migplan.core.source.RelationField;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.catalog.DatabaseReader;
import org.migplan.report.audit.DatabaseMapDocument;
import org.migplan.report.audit.DatabaseMapText;
import org.migplan.report.json.JsonDocuments;
import org.migplan.report.references.RelationshipMapText;
import org.migplan.report.references.SourceMapDocument;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.project.ScannedProject;
import org.migplan.scan.references.ReferenceScanner;

/**
 * {@code migplan map}: every relationship to the model. The source half (declared relations and
 * every reference a rename must consider) always; with {@code --db} (or {@code DATABASE_URL}) the
 * database half too (foreign keys, join tables, inheritance children, generic relations, Django's
 * tables) and a cross-check of the two.
 */
public final class MapCommand implements Command {

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
    return ModelOptions.USAGE;
  }

  @Override
  public Options options() {
    return ModelOptions.options();
  }

  @Override
  public int run(CommandLine line, CommandContext context) {
    ModelLabel model = ModelOptions.model(line);
    boolean json = FormatOption.json(line);
    Path project = ModelOptions.project(line, context);
    Optional<DatabaseUrl> url = DatabaseOption.resolve(line, context, Optional.empty());
    ScannedProject scanned = ProjectScanner.scan(project);
    Optional<ModelDeclaration> declaration = scanned.model().find(model);
    if (declaration.isEmpty() && url.isEmpty()) {
      ProjectScanner.locate(scanned.model(), model, project); // throws MODEL_NOT_FOUND
    }
    Optional<DatabaseReader> reader =
        url.map(u -> new DatabaseReader(u, DatabaseReader.STATEMENT_TIMEOUT));
    OptionalInt maxNameLength =
        reader.map(r -> r.dialect().traits().maxIdentifierLength()).orElse(OptionalInt.empty());
    Optional<DatabaseMap> database =
        reader.map(
            r -> r.map(model, ModelOptions.tableName(model, declaration, r.dialect().traits())));
    Optional<SourceSide> source =
        declaration.map(d -> SourceSide.of(scanned, d, database, maxNameLength));
    if (json) {
      context.out().print(JsonDocuments.write(document(model, source, database, maxNameLength)));
    } else {
      context.out().print(text(model, project, source, database));
    }
    return ExitCodes.OK;
  }

  /** What the sources say about the model, and how it compares with the database. */
  private record SourceSide(
      ModelDeclaration declaration,
      List<RelationField> relations,
      List<CodeReference> references,
      List<CrossCheckFinding> findings,
      List<PendingMigration> pending) {
    static SourceSide of(
        ScannedProject scanned,
        ModelDeclaration declaration,
        Optional<DatabaseMap> database,
        OptionalInt maxNameLength) {
      ModelLabel label = declaration.label();
      return new SourceSide(
          declaration,
          scanned.model().relationsAround(label),
          ReferenceScanner.find(scanned, label, maxNameLength),
          database
              .map(
                  d ->
                      DatabaseCrossCheck.check(
                          scanned.model(), declaration, d.relations(), maxNameLength))
              .orElse(List.of()),
          scanned.pendingMigrations().stream()
              .filter(
                  p ->
                      p.declaration().pointsAt(label)
                          || RelationField.sameModel(p.declaration().sourceModel(), label))
              .toList());
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
      ModelLabel model, Path project, Optional<SourceSide> source, Optional<DatabaseMap> database) {
    if (source.isPresent()) {
      SourceSide s = source.get();
      String pending =
          s.pending().isEmpty()
              ? ""
              : "\nSource relations the migrations lack (makemigrations would write them):\n"
                  + SourceMapDocument.pendingMigrationsText(s.pending());
      return RelationshipMapText.render(
              s.declaration(), s.relations(), s.references(), database, s.findings())
          + pending;
    }
    return "Sources: "
        + model
        + " is not declared under "
        + project
        + "; only the database side follows.\n\n"
        + database.map(DatabaseMapText::render).orElse("");
  }
}
