package org.migplan.core.database;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recognises what an incoming foreign key means in Django's terms. */
public final class RelationClassifier {
  private RelationClassifier() {}

  /**
   * The kind of a foreign key pointing at {@code target}: {@link RelationKind#SELF} from the table
   * itself, {@link RelationKind#MTI_CHILD} when it is the referencing table's whole primary key,
   * {@link RelationKind#M2M_TABLE} when the referencing table holds nothing but its primary key and
   * two foreign keys that are unique together, else {@link RelationKind#FOREIGN_KEY}.
   */
  public static RelationKind classify(TableName target, ForeignKey key, TableSchema referencing) {
    if (key.table().equals(target)) {
      return RelationKind.SELF;
    }
    if (!referencing.primaryKey().isEmpty() && referencing.primaryKey().equals(key.columns())) {
      return RelationKind.MTI_CHILD;
    }
    return isJoinTable(referencing) ? RelationKind.M2M_TABLE : RelationKind.FOREIGN_KEY;
  }

  /** Whether a table is a many-to-many join table. */
  public static boolean isJoinTable(TableSchema table) {
    List<String> others =
        table.columns().stream()
            .map(Column::name)
            .filter(c -> !table.primaryKey().contains(c))
            .toList();
    if (others.size() != 2 || !others.stream().allMatch(table::isForeignKeyColumn)) {
      return false;
    }
    Set<String> pair = new HashSet<>(others);
    return table.isUnique(pair);
  }

  /** In a join table, the foreign key other than {@code key}. */
  public static Optional<ForeignKey> otherSide(ForeignKey key, TableSchema joinTable) {
    return joinTable.outgoing().stream()
        .filter(fk -> !fk.columns().equals(key.columns()))
        .findFirst();
  }
}
