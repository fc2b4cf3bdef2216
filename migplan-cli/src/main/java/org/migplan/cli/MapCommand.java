package org.migplan.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.migplan.core.database.DatabaseMap;
import org.migplan.core.model.ModelLabel;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.catalog.DatabaseReader;
import org.migplan.report.audit.DatabaseMapDocument;
import org.migplan.report.audit.DatabaseMapText;
import org.migplan.report.json.JsonDocuments;

/**
 * {@code migplan map}: every relationship to the model. The database half (foreign keys, join
 * tables, inheritance children, generic relations, Django's tables) is read here; the source half
 * joins it once the scanner reports references.
 */
public final class MapCommand implements Command {

  @Override
  public String name() {
    return "map";
  }

  @Override
  public String summary() {
    return "map every relationship to the model, with the rows involved";
  }

  @Override
  public String usage() {
    return "--project DIR --model LABEL --db URL [--format text|json]";
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
    DatabaseUrl url = ModelOptions.database(line, context, project);
    DatabaseReader reader = new DatabaseReader(url, DatabaseReader.STATEMENT_TIMEOUT);
    DatabaseMap map = reader.map(model, ModelOptions.tableName(model, reader.dialect().traits()));
    if (json) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("model", model.toString());
      document.putAll(DatabaseMapDocument.members(map));
      context.out().print(JsonDocuments.write(document));
    } else {
      context.out().print(DatabaseMapText.render(map));
    }
    return ExitCodes.OK;
  }
}
