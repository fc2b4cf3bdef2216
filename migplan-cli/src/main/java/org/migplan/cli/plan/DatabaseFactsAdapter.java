package org.migplan.cli.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.migplan.core.database.Column;
import org.migplan.core.database.Constraint;
import org.migplan.core.database.DatabaseMap;
import org.migplan.core.database.DbRelation;
import org.migplan.core.database.ForeignKey;
import org.migplan.core.database.Index;
import org.migplan.core.database.RelationKind;
import org.migplan.core.database.TableAudit;
import org.migplan.core.database.TableStatistics;
import org.migplan.core.django.Relation;
import org.migplan.core.model.EngineTraits;
import org.migplan.core.plan.ColumnFacts;
import org.migplan.core.plan.DatabaseFacts;
import org.migplan.core.plan.PermissionFacts;
import org.migplan.core.plan.SourceFacts;
import org.migplan.core.plan.TableFacts;
import org.migplan.core.plan.TableSchema;
import org.migplan.core.source.CrossCheckFinding;

/**
 * Maps what the database readers found ({@code audit}'s table audit, {@code map}'s references and
 * Django state, the sizes of the referencing tables) into the planner's {@link DatabaseFacts}.
 */
public final class DatabaseFactsAdapter {
  private DatabaseFactsAdapter() {}

  /**
   * @param description the database without its password
   * @param engine the engine's traits
   * @param audit the model's table audit
   * @param map the references to the model's table and Django's records of the model
   * @param declared the relations the sources declare, counted here where the catalog has no
   *     foreign key for them but the database holds their rows
   * @param sizes row counts and sizes of the referencing tables, by name, with the NULLs of the
   *     {@link #declaredOnly declared-only} columns
   * @param newContentTypeExists whether {@code django_content_type} has a row for the new name
   * @param newTableExists whether the table the rename would create exists
   * @param crossCheck where the sources and the database disagree
   */
  public static DatabaseFacts facts(
      String description,
      EngineTraits engine,
      TableAudit audit,
      DatabaseMap map,
      List<Relation> declared,
      Map<String, TableStatistics> sizes,
      boolean newContentTypeExists,
      boolean newTableExists,
      List<CrossCheckFinding> crossCheck) {
    String table = audit.table().name();
    List<TableFacts> tables =
        sizes.entrySet().stream()
            .filter(e -> !e.getKey().equals(table))
            .map(e -> tableFacts(e.getKey(), e.getValue()))
            .toList();
    long genericRows =
        map.relations().stream()
            .filter(r -> r.kind() == RelationKind.GENERIC)
            .mapToLong(DbRelation::rows)
            .sum();
    List<Relation> relations = new ArrayList<>(relations(audit.schema(), map.relations()));
    relations.addAll(countedDeclarations(declared, map, sizes));
    return new DatabaseFacts(
        description,
        engine,
        tableFacts(table, audit.statistics()),
        schema(audit.schema()),
        tables,
        relations,
        map.django().contentType().map(c -> OptionalLong.of(c.id())).orElse(OptionalLong.empty()),
        newContentTypeExists,
        map.django().permissions().stream()
            .map(p -> new PermissionFacts(p.codename(), p.groupGrants(), p.userGrants()))
            .toList(),
        genericRows,
        map.django().adminLogRows().orElse(0),
        map.django().migrationsByApp().getOrDefault(map.model().appLabel(), List.of()),
        newTableExists,
        crossCheck);
  }

  /** The referencing tables of the map (not the model's own, not generic ones), for counting. */
  public static Set<String> referencingTables(DatabaseMap map) {
    return map.relations().stream()
        .filter(r -> r.kind() != RelationKind.GENERIC)
        .map(r -> r.table().name())
        .filter(name -> !name.equals(map.table().name()))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /**
   * The columns, by table, that the sources declare as relations to the model but the catalog has
   * no foreign key for ({@code db_constraint=False}); the model's own table included (a self
   * relation without a constraint).
   */
  public static Map<String, Set<String>> declaredOnly(SourceFacts source, DatabaseMap map) {
    Set<String> catalog =
        map.relations().stream()
            .filter(r -> r.kind() != RelationKind.GENERIC)
            .map(r -> r.table().name() + "\u0000" + r.column())
            .collect(Collectors.toSet());
    Map<String, Set<String>> columns = new TreeMap<>();
    source.relations().stream()
        .filter(r -> r.hasColumn() && !r.table().isEmpty())
        .filter(r -> !catalog.contains(r.table() + "\u0000" + r.column()))
        .forEach(r -> columns.computeIfAbsent(r.table(), t -> new TreeSet<>()).add(r.column()));
    return columns;
  }

  /**
   * Declared relations the catalog's foreign keys do not cover, with the rows the database holds
   * for them: a column without a foreign key, its non-NULL values; a generic relation, the generic
   * rows of its table naming the model's content type; a many-to-many with {@code through=}, the
   * rows of its through table. Those whose table is not in the database stay uncounted.
   */
  static List<Relation> countedDeclarations(
      List<Relation> declared, DatabaseMap map, Map<String, TableStatistics> sizes) {
    Set<String> catalog =
        map.relations().stream()
            .filter(r -> r.kind() != RelationKind.GENERIC)
            .map(r -> r.table().name() + "\u0000" + r.column())
            .collect(Collectors.toSet());
    Map<String, Long> genericByTable = new TreeMap<>();
    map.relations().stream()
        .filter(r -> r.kind() == RelationKind.GENERIC)
        .forEach(r -> genericByTable.merge(r.table().name(), r.rows(), Long::sum));
    boolean contentType = map.django().contentType().isPresent();
    List<Relation> counted = new ArrayList<>();
    for (Relation relation : declared) {
      if (relation.rows().isPresent() || relation.table().isEmpty()) {
        continue;
      }
      if (relation.hasColumn()) {
        if (catalog.contains(relation.table() + "\u0000" + relation.column())) {
          continue;
        }
        TableStatistics statistics = sizes.get(relation.table());
        if (statistics != null && statistics.nullCounts().containsKey(relation.column())) {
          long nulls = statistics.nullCounts().get(relation.column());
          counted.add(relation.withRows(statistics.rowCount() - nulls));
        }
      } else if (relation.kind() == org.migplan.core.django.RelationKind.GENERIC_RELATION) {
        // without a content type for the model no row can name it
        if (genericByTable.containsKey(relation.table()) || !contentType) {
          counted.add(relation.withRows(genericByTable.getOrDefault(relation.table(), 0L)));
        }
      } else if (relation.kind() == org.migplan.core.django.RelationKind.MANY_TO_MANY
          && !relation.autoCreatedThrough()) {
        TableStatistics through = sizes.get(relation.table());
        if (through != null) {
          counted.add(relation.withRows(through.rowCount()));
        }
      }
    }
    return counted;
  }

  static TableFacts tableFacts(String table, TableStatistics statistics) {
    OptionalLong bytes =
        statistics.tableBytes().isPresent()
            ? OptionalLong.of(
                statistics.tableBytes().getAsLong() + statistics.indexBytes().orElse(0))
            : OptionalLong.empty();
    return new TableFacts(table, statistics.rowCount(), bytes, true);
  }

  /**
   * The foreign keys into the model's table as relations with their rows. Generic relations are
   * counted apart ({@code genericRows}); the two columns of a self many-to-many's join table are
   * one relation, named by the first column.
   */
  static List<Relation> relations(
      org.migplan.core.database.TableSchema target, List<DbRelation> found) {
    List<Relation> relations = new ArrayList<>();
    Set<String> selfJoinTables = new HashSet<>();
    for (DbRelation relation : found.stream().sorted(DbRelation.ORDER).toList()) {
      if (relation.kind() == RelationKind.GENERIC) {
        continue;
      }
      boolean selfJoin =
          relation.kind() == RelationKind.M2M_TABLE
              && relation.pairedTable().equalsIgnoreCase(target.table().name());
      if (selfJoin && !selfJoinTables.add(relation.table().name())) {
        continue;
      }
      relations.add(
          new Relation(
              "",
              "",
              kind(relation.kind()),
              "",
              relation.table().name(),
              relation.column(),
              referencedColumn(target, relation),
              relation.kind() == RelationKind.M2M_TABLE,
              false,
              OptionalLong.of(relation.rows()),
              relation.constraint(),
              "",
              ""));
    }
    return relations;
  }

  private static org.migplan.core.django.RelationKind kind(RelationKind kind) {
    return switch (kind) {
      case M2M_TABLE -> org.migplan.core.django.RelationKind.MANY_TO_MANY;
      case MTI_CHILD -> org.migplan.core.django.RelationKind.PARENT_LINK;
      case FOREIGN_KEY, SELF -> org.migplan.core.django.RelationKind.FOREIGN_KEY;
      case GENERIC -> org.migplan.core.django.RelationKind.GENERIC_RELATION;
    };
  }

  /** The column of the model's table the foreign key references, from the catalog. */
  private static String referencedColumn(
      org.migplan.core.database.TableSchema target, DbRelation relation) {
    return target.incoming().stream()
        .filter(fk -> fk.table().equals(relation.table()) && fk.column().equals(relation.column()))
        .filter(fk -> !fk.referencedColumns().isEmpty())
        .map(fk -> fk.referencedColumns().get(0))
        .findFirst()
        .orElse(target.primaryKey().isEmpty() ? "id" : target.primaryKey().get(0));
  }

  /** The catalog's table definition as the schema artifact shows it. */
  static TableSchema schema(org.migplan.core.database.TableSchema schema) {
    List<ColumnFacts> columns =
        schema.columns().stream()
            .map(
                (Column c) ->
                    new ColumnFacts(
                        c.name(),
                        c.type(),
                        c.nullable(),
                        c.defaultExpression().orElse(""),
                        schema.primaryKey().contains(c.name())))
            .toList();
    List<String> constraints = new ArrayList<>();
    for (Constraint constraint : schema.constraints()) {
      constraints.add(
          named(constraint.name())
              + (constraint.definition().isEmpty()
                  ? constraint.kind().name().replace('_', ' ')
                      + " ("
                      + String.join(", ", constraint.columns())
                      + ")"
                  : constraint.definition()));
    }
    for (ForeignKey key : schema.outgoing()) {
      constraints.add(
          named(key.name())
              + "FOREIGN KEY ("
              + String.join(", ", key.columns())
              + ") REFERENCES "
              + key.referencedTable()
              + " ("
              + String.join(", ", key.referencedColumns())
              + ") ON DELETE "
              + key.onDelete()
              + " "
              + key.deferrable());
    }
    List<String> indexes = new ArrayList<>();
    for (Index index : schema.indexes()) {
      indexes.add(
          index.definition().isEmpty()
              ? index.name()
                  + ": "
                  + (index.unique() ? "UNIQUE " : "")
                  + "("
                  + String.join(", ", index.columns())
                  + ")"
              : index.name() + ": " + index.definition().strip());
    }
    return new TableSchema(schema.table().name(), columns, constraints, indexes);
  }

  private static String named(String name) {
    return name.isEmpty() ? "" : name + ": ";
  }
}
