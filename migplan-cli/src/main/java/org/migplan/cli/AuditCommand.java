package org.migplan.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.migplan.core.database.TableAudit;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ProjectModel;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.catalog.DatabaseReader;
import org.migplan.report.audit.AuditDocument;
import org.migplan.report.audit.AuditText;
import org.migplan.scan.ProjectScanner;

/** {@code migplan audit}: what the model's table holds and how it is built. */
public final class AuditCommand implements Command {

  @Override
  public String name() {
    return "audit";
  }

  @Override
  public String summary() {
    return "count and describe the model's table: rows, breakdowns, nulls, ranges, schema";
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
    DatabaseUrl url = ModelOptions.database(line, context, project);
    DatabaseReader reader = new DatabaseReader(url, DatabaseReader.STATEMENT_TIMEOUT);
    ProjectModel catalogue = ProjectScanner.catalogue(project);
    Optional<ModelDeclaration> declaration = catalogue.find(model);
    TableAudit audit =
        reader.audit(
            model,
            ModelOptions.tableName(model, declaration, catalogue, reader.dialect().traits()));
    context.out().print(json ? AuditDocument.json(audit) : AuditText.render(audit));
    return ExitCodes.OK;
  }
}
