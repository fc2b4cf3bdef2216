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
import org.migplan.core.source.RelationField;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.catalog.DatabaseReader;
import org.migplan.report.audit.DatabaseMapDocument;
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
    return "--project DIR --model LABEL [--db URL] [--format text|json]";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(ModelOptions.project())
        .addOption(ModelOptions.model())
        .addOption(DatabaseOption.option())
        .addOption(ModelOptions.format());
  }

  @Override
  public int run(CommandLine line, CommandContext context) {
    ModelLabel model = ModelOptions.model(line);
    boolean json = ModelOptions.json(line);
    Path project = ModelOptions.project(line, context);
    Optional<DatabaseUrl> url =
        DatabaseOption.resolve(line, context, Optional.empty(), p -> Optional.empty());
    ScannedProject scanned = ProjectScanner.scan(project);
    ModelDeclaration declaration = ProjectScanner.locate(scanned.model(), model, project);
    Optional<DatabaseReader> reader =
        url.map(u -> new DatabaseReader(u, DatabaseReader.STATEMENT_TIMEOUT));
    OptionalInt maxNameLength =
        reader.map(r -> r.dialect().traits().maxIdentifierLength()).orElse(OptionalInt.empty());
    List<RelationField> relations = scanned.model().relationsAround(declaration.label());
    List<CodeReference> references = ReferenceScanner.find(scanned, model, maxNameLength);
    Optional<DatabaseMap> database =
        reader.map(r -> r.map(declaration.label(), declaration.table(maxNameLength)));
    List<CrossCheckFinding> findings =
        database
            .map(
                d ->
                    DatabaseCrossCheck.check(
                        scanned.model(), declaration, d.relations(), maxNameLength))
            .orElse(List.of());
    if (json) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("model", declaration.label().toString());
      document.putAll(SourceMapDocument.members(declaration, relations, references, maxNameLength));
      database.ifPresent(
          d -> {
            document.putAll(DatabaseMapDocument.members(d));
            document.put("cross_check", SourceMapDocument.findings(findings));
          });
      context.out().print(JsonDocuments.write(document));
    } else {
      context
          .out()
          .print(
              RelationshipMapText.render(declaration, relations, references, database, findings));
    }
    return ExitCodes.OK;
  }
}
