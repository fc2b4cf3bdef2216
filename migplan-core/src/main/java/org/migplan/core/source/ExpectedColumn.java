package org.migplan.core.source;

import java.util.Optional;
import java.util.OptionalInt;
import org.migplan.core.naming.DjangoNames;

/**
 * Where a declared relation to the model lives in the database: the table and column holding the
 * reference, from Django's naming rules.
 *
 * @param table the referencing table
 * @param column the column pointing at the model's table
 * @param relation the declaration
 */
public record ExpectedColumn(String table, String column, RelationField relation) {
  /**
   * The column for a relation, or empty when it has none of its own (generic relations, and
   * many-to-many fields with an explicit through model, whose foreign keys are declared there).
   */
  public static Optional<ExpectedColumn> of(
      RelationField relation, ProjectModel project, OptionalInt maxNameLength) {
    Optional<ModelDeclaration> source = project.find(relation.sourceModel());
    if (source.isEmpty() || relation.target().isEmpty()) {
      return Optional.empty();
    }
    String sourceTable = source.get().table(maxNameLength);
    String target = relation.target().get().objectName();
    return switch (relation.kind()) {
      case FOREIGN_KEY, ONE_TO_ONE, PARENT_LINK, FOREIGN_OBJECT ->
          Optional.of(
              new ExpectedColumn(
                  sourceTable,
                  relation.options().dbColumn().orElse(relation.field() + "_id"),
                  relation));
      case MANY_TO_MANY -> manyToMany(relation, sourceTable, target, maxNameLength);
      default -> Optional.empty();
    };
  }

  private static Optional<ExpectedColumn> manyToMany(
      RelationField relation, String sourceTable, String target, OptionalInt maxNameLength) {
    if (relation.options().through().isPresent()) {
      return Optional.empty();
    }
    String table =
        relation
            .options()
            .dbTable()
            .orElseGet(
                () ->
                    DjangoNames.autoManyToManyTable(sourceTable, relation.field(), maxNameLength));
    var columns = DjangoNames.autoManyToManyColumns(relation.sourceModel().objectName(), target);
    return Optional.of(new ExpectedColumn(table, columns.get(1), relation));
  }
}
