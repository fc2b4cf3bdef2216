package org.migplan.report.references;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.migplan.core.database.DatabaseMap;
import org.migplan.core.django.HistoricalModel;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.CrossCheckFinding;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.PendingMigration;
import org.migplan.core.source.RelationField;
import org.migplan.report.audit.DatabaseMapText;

/**
 * Every relationship to a declared model as text: the declared relations, the references in the
 * sources, and with a database its references and the cross-check of both; then the generated
 * models and the relations the migrations lack. The one renderer of what {@code migplan map} prints
 * and what {@code migplan plan} writes as {@code foreign_key_references.txt}.
 */
public final class RelationshipMapText {
  private RelationshipMapText() {}

  /**
   * What the map shows.
   *
   * @param declaration the model
   * @param relations the relations around it
   * @param references the references in the sources
   * @param generated the models generated from it (django-simple-history)
   * @param maxNameLength the database's identifier limit, for the generated models' tables
   * @param pending source fields the migration state lacks
   * @param database the database's map, empty without a database
   * @param findings the cross-check of sources and database (shown only with a database)
   */
  public record Facts(
      ModelDeclaration declaration,
      List<RelationField> relations,
      List<CodeReference> references,
      List<HistoricalModel> generated,
      OptionalInt maxNameLength,
      List<PendingMigration> pending,
      Optional<DatabaseMap> database,
      List<CrossCheckFinding> findings) {
    public Facts {
      Objects.requireNonNull(declaration, "declaration");
      relations = List.copyOf(relations);
      references = List.copyOf(references);
      generated = List.copyOf(generated);
      Objects.requireNonNull(maxNameLength, "maxNameLength");
      pending = List.copyOf(pending);
      Objects.requireNonNull(database, "database");
      findings = List.copyOf(findings);
    }
  }

  public static String render(Facts facts) {
    ModelDeclaration declaration = facts.declaration();
    StringBuilder text = new StringBuilder();
    text.append("Model ")
        .append(declaration.label())
        .append(" (")
        .append(declaration.file())
        .append(':')
        .append(declaration.line())
        .append(")\n\n");
    text.append("Relations declared in the sources (")
        .append(facts.relations().size())
        .append("):\n");
    text.append(ReferenceText.relations(facts.relations())).append('\n');
    text.append("References in the sources (").append(facts.references().size()).append("):\n\n");
    text.append(ReferenceText.references(facts.references()));
    facts
        .database()
        .ifPresent(
            d -> {
              text.append(DatabaseMapText.render(d)).append('\n');
              text.append("Cross-check of sources and database:\n");
              text.append(SourceMapDocument.findingsText(facts.findings()));
            });
    String generated =
        SourceMapDocument.generatedModelsText(
            declaration, facts.generated(), facts.maxNameLength());
    if (!generated.isEmpty()) {
      text.append('\n').append(generated);
    }
    if (!facts.pending().isEmpty()) {
      text.append("\nSource fields the migrations lack (makemigrations would write them):\n")
          .append(SourceMapDocument.pendingMigrationsText(facts.pending()));
    }
    return text.toString();
  }
}
