package org.migplan.core.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.migplan.core.django.Relation;
import org.migplan.core.model.EngineTraits;
import org.migplan.core.source.CrossCheckFinding;

/**
 * What the database says, read without writing to it.
 *
 * @param description the database, shown without its password
 * @param engine the engine's traits
 * @param target the model's table
 * @param schema the model's table definition
 * @param tables the other tables involved (referencing and through tables)
 * @param relations foreign keys into the model's table found in the catalog, with row counts; and
 *     declared relations the catalog has no foreign key for, counted where the database holds their
 *     rows (a {@code db_constraint=False} column, a generic relation, a {@code through=} table)
 * @param contentTypeId the model's {@code django_content_type} id, empty when there is none
 * @param newContentTypeExists whether a content type for the new name already exists
 * @param permissions the permissions of the model's content type, with their grants
 * @param genericRows rows of generic relations ({@code content_type_id, object_id}) pointing at the
 *     model's content type
 * @param adminLogRows {@code django_admin_log} rows for the content type
 * @param appliedMigrations the app's rows in {@code django_migrations}, in applied order
 * @param newTableExists whether a table with the new name already exists
 * @param crossCheck where the declarations in the sources and the database's foreign keys disagree
 */
public record DatabaseFacts(
    String description,
    EngineTraits engine,
    TableFacts target,
    TableSchema schema,
    List<TableFacts> tables,
    List<Relation> relations,
    OptionalLong contentTypeId,
    boolean newContentTypeExists,
    List<PermissionFacts> permissions,
    long genericRows,
    long adminLogRows,
    List<String> appliedMigrations,
    boolean newTableExists,
    List<CrossCheckFinding> crossCheck) {

  public DatabaseFacts {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(schema, "schema");
    tables = tables.stream().sorted(Comparator.comparing(TableFacts::table)).toList();
    relations = relations.stream().sorted(Comparator.comparing(Relation::sortKey)).toList();
    Objects.requireNonNull(contentTypeId, "contentTypeId");
    permissions =
        permissions.stream().sorted(Comparator.comparing(PermissionFacts::codename)).toList();
    appliedMigrations = List.copyOf(appliedMigrations);
    crossCheck = crossCheck.stream().sorted(CrossCheckFinding.ORDER).toList();
  }

  /** The facts of a table by name: the target or one of the others. */
  public Optional<TableFacts> table(String name) {
    if (target.table().equals(name)) {
      return Optional.of(target);
    }
    return tables.stream().filter(t -> t.table().equals(name)).findFirst();
  }

  /** The last migration of the app recorded as applied. */
  public Optional<String> latestApplied() {
    return appliedMigrations.isEmpty()
        ? Optional.empty()
        : Optional.of(appliedMigrations.get(appliedMigrations.size() - 1));
  }

  public long grants() {
    return permissions.stream().mapToLong(PermissionFacts::grants).sum();
  }
}
