package org.migplan.core.source;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.naming.DjangoNames;

/**
 * The names a model rename touches, derived from its declaration and relations with Django's rules:
 * the table and its auto-created many-to-many tables, the reverse accessors and query names that
 * carry the model name, permission codenames, admin URL names and template names.
 *
 * @param model the model
 * @param table its table
 * @param tableChanges whether the table name follows the model name (no explicit db_table)
 * @param manyToManyTables tables of auto-created many-to-many fields the model owns
 * @param reverseAccessors attribute names carrying the model name ({@code member_set}, {@code
 *     member}, {@code member_ptr})
 * @param reverseQueryNames lookup names carrying the model name ({@code member} in {@code
 *     filter(member__name=…)})
 */
public record RenameSurface(
    ModelLabel model,
    String table,
    boolean tableChanges,
    List<String> manyToManyTables,
    Set<String> reverseAccessors,
    Set<String> reverseQueryNames) {
  public RenameSurface {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(table, "table");
    manyToManyTables = List.copyOf(manyToManyTables);
    reverseAccessors = Set.copyOf(reverseAccessors);
    reverseQueryNames = Set.copyOf(reverseQueryNames);
  }

  /**
   * Derives the surface of {@code declaration} from the project's relations.
   *
   * @param maxNameLength the backend's identifier limit (empty for none, e.g. SQLite)
   */
  public static RenameSurface of(
      ModelDeclaration declaration, ProjectModel project, OptionalInt maxNameLength) {
    ModelLabel model = declaration.label();
    String modelName = model.modelName();
    String table = declaration.table(maxNameLength);
    Set<String> accessors = new TreeSet<>();
    Set<String> queryNames = new TreeSet<>();
    TreeSet<String> manyToMany = new TreeSet<>();
    for (RelationField owned : project.relationsFrom(model)) {
      owned.reverseAccessor().filter(a -> a.contains(modelName)).ifPresent(accessors::add);
      owned.reverseQueryName().filter(q -> q.contains(modelName)).ifPresent(queryNames::add);
      boolean autoThrough =
          owned.kind() == RelationKind.MANY_TO_MANY
              && owned.options().through().isEmpty()
              && owned.inheritedFrom().isEmpty();
      if (autoThrough) {
        manyToMany.add(
            owned
                .options()
                .dbTable()
                .orElseGet(
                    () -> DjangoNames.autoManyToManyTable(table, owned.field(), maxNameLength)));
      }
    }
    for (RelationField incoming : project.relationsTo(model)) {
      if (incoming.kind() == RelationKind.PARENT_LINK && incoming.field().contains(modelName)) {
        accessors.add(incoming.field());
        queryNames.add(incoming.field());
      }
    }
    return new RenameSurface(
        model,
        table,
        declaration.dbTable().isEmpty(),
        List.copyOf(manyToMany),
        accessors,
        queryNames);
  }

  /** Permission codenames of the default permissions, e.g. {@code change_member}. */
  public List<String> permissionCodenames() {
    return DjangoNames.DEFAULT_PERMISSION_ACTIONS.stream()
        .map(action -> DjangoNames.permissionCodename(action, model.objectName()))
        .toList();
  }

  /** The column other auto-created many-to-many tables use for this model. */
  public String manyToManyColumn() {
    return model.modelName() + "_id";
  }
}
