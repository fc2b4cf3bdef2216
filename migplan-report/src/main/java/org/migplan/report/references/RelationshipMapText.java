package org.migplan.report.references;

import java.util.List;
import java.util.Optional;
import org.migplan.core.database.DatabaseMap;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.CrossCheckFinding;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.RelationField;
import org.migplan.report.audit.DatabaseMapText;

/**
 * Every relationship to the model as text: the declared relations, the references in the sources,
 * and with a database its references and the cross-check of both. What {@code migplan map} prints
 * and what {@code migplan plan} writes as {@code foreign_key_references.txt}.
 */
public final class RelationshipMapText {
  private RelationshipMapText() {}

  public static String render(
      ModelDeclaration declaration,
      List<RelationField> relations,
      List<CodeReference> references,
      Optional<DatabaseMap> database,
      List<CrossCheckFinding> findings) {
    StringBuilder text = new StringBuilder();
    text.append("Model ")
        .append(declaration.label())
        .append(" (")
        .append(declaration.file())
        .append(':')
        .append(declaration.line())
        .append(")\n\n");
    text.append("Relations declared in the sources (").append(relations.size()).append("):\n");
    text.append(ReferenceText.relations(relations)).append('\n');
    text.append("References in the sources (").append(references.size()).append("):\n\n");
    text.append(ReferenceText.references(references));
    database.ifPresent(
        d -> {
          text.append(DatabaseMapText.render(d)).append('\n');
          text.append("Cross-check of sources and database:\n");
          text.append(SourceMapDocument.findingsText(findings));
        });
    return text.toString();
  }
}
