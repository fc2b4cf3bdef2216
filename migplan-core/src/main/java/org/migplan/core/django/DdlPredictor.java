package org.migplan.core.django;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.migplan.core.model.EngineTraits;
import org.migplan.core.naming.DjangoNames;

/**
 * Predicts the statements {@code migrate} runs for a RenameModel (§3.2–§3.4, §3.8), including the
 * self-FK and many-to-many re-adds that {@code sqlmigrate} does not show.
 */
public final class DdlPredictor {
  private final RenameBehaviour behaviour;
  private final EngineTraits engine;

  public DdlPredictor(RenameBehaviour behaviour, EngineTraits engine) {
    this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /** The statements in the order Django runs them, then the content type update. */
  public List<DdlStatement> predict(RenameShape shape) {
    List<DdlStatement> statements = new ArrayList<>();
    if (shape.tableNameChanges()) {
      statements.add(
          new DdlStatement(
              "ALTER TABLE " + q(shape.oldTable()) + " RENAME TO " + q(shape.newTable()) + ";",
              exclusive(),
              List.of(shape.oldTable()),
              "",
              "rename the model's table"));
    }
    for (Relation relation : shape.relations()) {
      if (relation.leftAloneByRenameModel() || !relation.hasColumn()) {
        continue;
      }
      if (relation.kind() == RelationKind.MANY_TO_MANY) {
        manyToMany(shape, relation, statements);
      } else if (behaviour.reAddsIncomingForeignKeys(shape.tableNameChanges())) {
        String table = shape.declaredBySelf(relation) ? shape.newTable() : relation.table();
        reAddForeignKey(shape, relation, table, relation.column(), relation.column(), statements);
      }
    }
    indexes(shape, statements);
    statements.add(
        new DdlStatement(
            "UPDATE \"django_content_type\" SET \"model\" = '"
                + shape.newModel().modelName()
                + "' WHERE \"app_label\" = '"
                + shape.model().appLabel()
                + "' AND \"model\" = '"
                + shape.model().modelName()
                + "';",
            engine.rebuildsTablesToAlterFields()
                ? LockLevel.SQLITE_DATABASE_WRITE
                : LockLevel.ROW_EXCLUSIVE,
            List.of("django_content_type"),
            "",
            "RenameContentType, injected by contenttypes at migrate time (id kept)"));
    return List.copyOf(statements);
  }

  private void manyToMany(RenameShape shape, Relation relation, List<DdlStatement> statements) {
    if (!relation.autoCreatedThrough()) {
      return;
    }
    String oldObject = shape.model().objectName();
    List<String> selfColumns = DjangoNames.autoManyToManyColumns(oldObject, oldObject);
    boolean self = relation.isSelfManyToMany(shape.model());
    Map<String, String> renames =
        relation.autoManyToManyColumnRenames(shape.model(), shape.newModel().objectName());
    String table = relation.table();
    if (shape.declaredBySelf(relation)) {
      String defaultOld =
          DjangoNames.autoManyToManyTable(shape.oldTable(), relation.field(), max());
      if (table.equals(defaultOld) && shape.tableNameChanges()) {
        String renamed = DjangoNames.autoManyToManyTable(shape.newTable(), relation.field(), max());
        statements.add(
            new DdlStatement(
                "ALTER TABLE " + q(table) + " RENAME TO " + q(renamed) + ";",
                exclusive(),
                List.of(table),
                "",
                "rename the many-to-many table " + relation.field()));
        table = renamed;
      }
    }
    List<String> columns = self ? selfColumns : List.of(relation.column());
    for (String column : columns) {
      reAddForeignKey(
          shape, relation, table, column, renames.getOrDefault(column, column), statements);
    }
  }

  private void reAddForeignKey(
      RenameShape shape,
      Relation relation,
      String table,
      String oldColumn,
      String newColumn,
      List<DdlStatement> statements) {
    if (engine.rebuildsTablesToAlterFields()) {
      rebuild(shape, table, oldColumn, newColumn, statements);
      return;
    }
    String oldName = existingConstraint(shape, relation, table, oldColumn);
    statements.add(
        new DdlStatement(
            "SET CONSTRAINTS "
                + q(oldName)
                + " IMMEDIATE; ALTER TABLE "
                + q(table)
                + " DROP CONSTRAINT "
                + q(oldName)
                + ";",
            LockLevel.ACCESS_EXCLUSIVE,
            List.of(table, shape.newTable()),
            "",
            "drop the foreign key " + relation.declaringModel() + "." + relation.field()));
    if (!oldColumn.equals(newColumn)) {
      statements.add(
          new DdlStatement(
              "ALTER TABLE "
                  + q(table)
                  + " RENAME COLUMN "
                  + q(oldColumn)
                  + " TO "
                  + q(newColumn)
                  + ";",
              LockLevel.ACCESS_EXCLUSIVE,
              List.of(table),
              "",
              "rename the column named after the model"));
    }
    String newName =
        DjangoNames.indexName(
            table,
            List.of(newColumn),
            DjangoNames.foreignKeySuffix(shape.newTable(), relation.targetColumn()),
            max());
    statements.add(
        new DdlStatement(
            "ALTER TABLE "
                + q(table)
                + " ADD CONSTRAINT "
                + q(newName)
                + " FOREIGN KEY ("
                + q(newColumn)
                + ") REFERENCES "
                + q(shape.newTable())
                + " ("
                + q(relation.targetColumn())
                + ") DEFERRABLE INITIALLY DEFERRED;",
            LockLevel.SHARE_ROW_EXCLUSIVE,
            List.of(table, shape.newTable()),
            table,
            "re-add the foreign key, validating every row of " + table));
  }

  private String existingConstraint(
      RenameShape shape, Relation relation, String table, String column) {
    if (!relation.constraintName().isEmpty()) {
      return relation.constraintName();
    }
    String from = table.equals(shape.newTable()) ? shape.oldTable() : table;
    if (shape.declaredBySelf(relation) && relation.kind() == RelationKind.MANY_TO_MANY) {
      from = relation.table();
    }
    return DjangoNames.indexName(
        from,
        List.of(column),
        DjangoNames.foreignKeySuffix(shape.oldTable(), relation.targetColumn()),
        max());
  }

  private void rebuild(
      RenameShape shape,
      String table,
      String oldColumn,
      String newColumn,
      List<DdlStatement> statements) {
    String copy = "new__" + table;
    String select =
        oldColumn.equals(newColumn) ? "*" : "every column, " + q(oldColumn) + " AS " + q(newColumn);
    statements.add(
        new DdlStatement(
            "CREATE TABLE "
                + q(copy)
                + " (every column of "
                + q(table)
                + ", the foreign key now REFERENCES "
                + q(shape.newTable())
                + "); INSERT INTO "
                + q(copy)
                + " SELECT "
                + select
                + " FROM "
                + q(table)
                + "; DROP TABLE "
                + q(table)
                + "; ALTER TABLE "
                + q(copy)
                + " RENAME TO "
                + q(table)
                + "; -- then its indexes are re-created",
            LockLevel.SQLITE_DATABASE_WRITE,
            List.of(table),
            table,
            "SQLite rebuilds " + table + " to alter its foreign key, copying every row"));
  }

  private void indexes(RenameShape shape, List<DdlStatement> statements) {
    String app = shape.model().appLabel();
    for (ClassNamedIndex index : shape.classNamedIndexes()) {
      String oldName = index.nameFor(app, shape.model().objectName());
      String newName = index.nameFor(app, shape.newObjectName());
      if (oldName.equals(newName)) {
        continue;
      }
      if (index.constraint()) {
        constraint(shape, oldName, newName, statements);
        continue;
      }
      if (behaviour.renamesIndexesInPlace() && !engine.rebuildsTablesToAlterFields()) {
        statements.add(
            new DdlStatement(
                "ALTER INDEX " + q(oldName) + " RENAME TO " + q(newName) + ";",
                LockLevel.SHARE_UPDATE_EXCLUSIVE,
                List.of(shape.newTable()),
                "",
                "RenameIndex: " + why(index)));
        continue;
      }
      statements.add(
          new DdlStatement(
              "DROP INDEX IF EXISTS " + q(oldName) + ";",
              exclusive(),
              List.of(shape.newTable()),
              "",
              "RemoveIndex: " + why(index)));
      statements.add(
          new DdlStatement(
              "CREATE INDEX "
                  + q(newName)
                  + " ON "
                  + q(shape.newTable())
                  + " ("
                  + String.join(", ", orderedColumns(index))
                  + ");",
              engine.rebuildsTablesToAlterFields()
                  ? LockLevel.SQLITE_DATABASE_WRITE
                  : LockLevel.SHARE,
              List.of(shape.newTable()),
              shape.newTable(),
              index.migrated().isPresent()
                  ? "AddIndex: a full index build under the new name, with the class and options"
                      + " its app's migration gives it (USING, WHERE, operator classes), which"
                      + " this statement does not spell out"
                  : "AddIndex: a full index build under the new name"));
    }
  }

  /**
   * RemoveConstraint and AddConstraint of a constraint named with {@code %(class)s}: dropped, then
   * added under the new name as its app's migration defines it (a unique constraint builds its
   * index again, a check constraint reads every row); SQLite rebuilds the table for each.
   */
  private void constraint(
      RenameShape shape, String oldName, String newName, List<DdlStatement> statements) {
    boolean rebuilds = engine.rebuildsTablesToAlterFields();
    statements.add(
        constraintStatement(
            shape,
            rebuilds ? "rebuilt without" : "DROP",
            oldName,
            rebuilds,
            "RemoveConstraint: the constraint name uses %(class)s, and Django has no operation"
                + " that renames a constraint"));
    statements.add(
        constraintStatement(
            shape,
            rebuilds ? "rebuilt with" : "ADD",
            newName,
            true,
            "AddConstraint: the constraint again under the new name, as its app's migration"
                + " defines it (this statement does not spell it out); a unique constraint builds"
                + " its index again and a check constraint reads every row, under the lock"));
  }

  /**
   * {@code ALTER TABLE t DROP|ADD CONSTRAINT name}, or on SQLite a comment for the table it
   * rebuilds ({@code action} "rebuilt with[out]"); {@code scans}: whether it reads every row.
   */
  private DdlStatement constraintStatement(
      RenameShape shape, String action, String name, boolean scans, String why) {
    String table = q(shape.newTable());
    String sql =
        action.startsWith("rebuilt")
            ? "-- " + table + " " + action + " the constraint " + q(name)
            : "ALTER TABLE "
                + table
                + " "
                + action
                + " CONSTRAINT "
                + q(name)
                + (action.equals("ADD") ? " ...;" : ";");
    return new DdlStatement(
        sql, exclusive(), List.of(shape.newTable()), scans ? shape.newTable() : "", why);
  }

  /** Why renaming the model renames the index. */
  private static String why(ClassNamedIndex index) {
    return index.unnamed()
        ? "the index was written without a name, which Django derives from the table"
        : "the index name uses %(class)s";
  }

  /** The index's columns for CREATE INDEX, a descending field's with DESC. */
  private static List<String> orderedColumns(ClassNamedIndex index) {
    List<String> columns = new java.util.ArrayList<>();
    for (int i = 0; i < index.columns().size(); i++) {
      columns.add(q(index.columns().get(i)) + (index.descending(i) ? " DESC" : ""));
    }
    return columns;
  }

  private LockLevel exclusive() {
    return engine.rebuildsTablesToAlterFields()
        ? LockLevel.SQLITE_DATABASE_WRITE
        : LockLevel.ACCESS_EXCLUSIVE;
  }

  private OptionalInt max() {
    return engine.maxIdentifierLength();
  }

  static String q(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
