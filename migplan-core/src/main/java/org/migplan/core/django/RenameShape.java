package org.migplan.core.django;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.migplan.core.model.ModelLabel;

/**
 * The shape of one rename: the model, its tables before and after, and everything that points at
 * it. The input of {@link DdlPredictor}.
 *
 * @param model the model as it is now
 * @param newObjectName the new class name
 * @param oldTable the table now
 * @param newTable the table after the rename (equal to {@code oldTable} with an explicit db_table)
 * @param explicitDbTable whether {@code Meta.db_table} is set
 * @param primaryKeyColumn the primary key column
 * @param relations every relation involving the model (incoming, self, owned many-to-many)
 * @param classNamedIndexes {@code Meta.indexes} named with {@code %(class)s}
 */
public record RenameShape(
    ModelLabel model,
    String newObjectName,
    String oldTable,
    String newTable,
    boolean explicitDbTable,
    String primaryKeyColumn,
    List<Relation> relations,
    List<ClassNamedIndex> classNamedIndexes) {

  public RenameShape {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(newObjectName, "newObjectName");
    Objects.requireNonNull(oldTable, "oldTable");
    Objects.requireNonNull(newTable, "newTable");
    Objects.requireNonNull(primaryKeyColumn, "primaryKeyColumn");
    relations = relations.stream().sorted(Comparator.comparing(Relation::sortKey)).toList();
    classNamedIndexes = classNamedIndexes.stream().sorted(ClassNamedIndex.ORDER).toList();
  }

  public ModelLabel newModel() {
    return model.renamedTo(newObjectName);
  }

  public boolean tableNameChanges() {
    return !oldTable.equals(newTable);
  }

  /** Whether a relation is declared by the renamed model itself. */
  public boolean declaredBySelf(Relation relation) {
    return relation.declaredBy(model);
  }
}
