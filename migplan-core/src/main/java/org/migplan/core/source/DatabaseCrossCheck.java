package org.migplan.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.migplan.core.database.DbRelation;
import org.migplan.core.database.TableStatistics;
import org.migplan.core.naming.DjangoNames;

/**
 * Compares the relations the sources declare to a model with the foreign keys the database has to
 * its table. A database foreign key no declaration explains, and a declaration with no foreign key
 * in the database, are findings.
 */
public final class DatabaseCrossCheck {
  private DatabaseCrossCheck() {}

  /**
   * Per table, the columns of the {@link CrossCheckFinding.Kind#MISSING_FOREIGN_KEY missing foreign
   * keys}: declared columns the database keeps no foreign key for, whose values a rename still
   * touches and so are worth counting.
   */
  public static Map<String, Set<String>> columnsToCount(List<CrossCheckFinding> findings) {
    Map<String, Set<String>> columns = new TreeMap<>();
    findings.stream()
        .filter(f -> f.kind() == CrossCheckFinding.Kind.MISSING_FOREIGN_KEY)
        .forEach(f -> columns.computeIfAbsent(f.table(), t -> new TreeSet<>()).add(f.column()));
    return columns;
  }

  /**
   * The findings, each missing foreign key whose column {@code sizes} counted with the rows that
   * hold a value appended to its detail ({@code ...; 12 of its 300 rows hold a value}); the others
   * as they are.
   *
   * @param sizes per table, its row count and the NULLs of (at least) the {@link #columnsToCount}
   */
  public static List<CrossCheckFinding> withValueCounts(
      List<CrossCheckFinding> findings, Map<String, TableStatistics> sizes) {
    return findings.stream()
        .map(
            f -> {
              TableStatistics table = sizes.get(f.table());
              if (f.kind() != CrossCheckFinding.Kind.MISSING_FOREIGN_KEY
                  || table == null
                  || !table.nullCounts().containsKey(f.column())) {
                return f;
              }
              long values = table.rowCount() - table.nullCounts().get(f.column());
              return new CrossCheckFinding(
                  f.kind(),
                  f.cause(),
                  f.table(),
                  f.column(),
                  f.declaration(),
                  String.format(
                      Locale.ROOT,
                      "%s; %,d of its %,d rows hold a value",
                      f.detail(),
                      values,
                      table.rowCount()),
                  java.util.OptionalLong.of(table.rowCount()),
                  java.util.OptionalLong.of(values));
            })
        .toList();
  }

  /**
   * The findings, sorted by table and column.
   *
   * @param maxNameLength the database's identifier limit (for default table names)
   */
  public static List<CrossCheckFinding> check(
      ProjectModel project,
      ModelDeclaration renamed,
      List<DbRelation> database,
      OptionalInt maxNameLength) {
    // a proxy's table is its concrete model's: the keys to it are declared to that model
    ModelDeclaration model = project.concreteModel(renamed);
    List<ExpectedColumn> expected = expected(project, model, maxNameLength);
    List<DbRelation> keys =
        database.stream()
            .filter(r -> r.kind() != org.migplan.core.database.RelationKind.GENERIC)
            .toList();
    List<CrossCheckFinding> findings = new ArrayList<>();
    for (ExpectedColumn column : expected) {
      boolean present = keys.stream().anyMatch(r -> matches(r, column.table(), column.column()));
      if (!present) {
        findings.add(missing(column, project));
      }
    }
    for (DbRelation key : keys) {
      boolean declared = expected.stream().anyMatch(c -> matches(key, c.table(), c.column()));
      if (!declared) {
        findings.add(
            new CrossCheckFinding(
                CrossCheckFinding.Kind.UNDECLARED_FOREIGN_KEY,
                CrossCheckFinding.Cause.NOT_DECLARED,
                key.table().toString(),
                key.column(),
                "",
                "no model in the sources declares this foreign key to "
                    + model.label()
                    + ": a relation removed from the code but not migrated, a table"
                    + " outside Django, or a constraint made by hand"));
      }
    }
    return findings.stream().sorted(CrossCheckFinding.ORDER).toList();
  }

  /** The columns the declarations put in the database: incoming relations and owned join tables. */
  static List<ExpectedColumn> expected(
      ProjectModel project, ModelDeclaration model, OptionalInt maxNameLength) {
    List<ExpectedColumn> expected = new ArrayList<>();
    for (RelationField relation : project.relationsTo(model.label())) {
      ExpectedColumn.of(relation, project, maxNameLength).ifPresent(expected::add);
    }
    String table = model.table(maxNameLength);
    for (RelationField owned : project.relationsFrom(model.label())) {
      boolean autoJoinTable =
          owned.kind() == RelationKind.MANY_TO_MANY
              && owned.options().through().isEmpty()
              && owned.target().isPresent()
              && !owned.pointsAt(model.label());
      if (autoJoinTable) {
        String joinTable =
            owned
                .options()
                .dbTable()
                .orElseGet(
                    () -> DjangoNames.autoManyToManyTable(table, owned.field(), maxNameLength));
        String column =
            DjangoNames.autoManyToManyColumns(
                    model.label().objectName(), owned.target().get().objectName())
                .get(0);
        expected.add(new ExpectedColumn(joinTable, column, owned));
      }
    }
    if (project.relationsTo(model.label()).stream()
        .anyMatch(
            r ->
                r.kind() == RelationKind.MANY_TO_MANY
                    && r.pointsAt(r.sourceModel())
                    && r.options().through().isEmpty())) {
      // a self many-to-many's join table also holds a from_ column pointing at the model
      for (RelationField self : project.relationsTo(model.label())) {
        if (self.kind() == RelationKind.MANY_TO_MANY
            && RelationField.sameModel(self.sourceModel(), model.label())
            && self.options().through().isEmpty()) {
          String joinTable =
              self.options()
                  .dbTable()
                  .orElseGet(
                      () -> DjangoNames.autoManyToManyTable(table, self.field(), maxNameLength));
          expected.add(
              new ExpectedColumn(
                  joinTable,
                  DjangoNames.autoManyToManyColumns(
                          model.label().objectName(), model.label().objectName())
                      .get(0),
                  self));
        }
      }
    }
    return expected;
  }

  private static boolean matches(DbRelation relation, String table, String column) {
    return relation.table().name().toLowerCase(Locale.ROOT).equals(table.toLowerCase(Locale.ROOT))
        && relation.column().toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT));
  }

  private static CrossCheckFinding missing(ExpectedColumn column, ProjectModel project) {
    RelationField relation = column.relation();
    Optional<ModelDeclaration> source = project.find(relation.sourceModel());
    String detail;
    CrossCheckFinding.Cause cause;
    if (relation.options().withoutConstraint()) {
      cause = CrossCheckFinding.Cause.DB_CONSTRAINT_FALSE;
      detail =
          "declared with db_constraint=False, so the database has no foreign key and nothing"
              + " keeps these rows consistent";
    } else if (source.map(s -> !s.managed()).orElse(false)) {
      cause = CrossCheckFinding.Cause.UNMANAGED_MODEL;
      detail =
          relation.sourceModel()
              + " is unmanaged (managed=False): its table is not created or changed by migrations";
    } else {
      cause = CrossCheckFinding.Cause.UNEXPLAINED;
      detail =
          "the database has no foreign key for this declaration: a migration not applied, or"
              + " a table changed by hand";
    }
    return new CrossCheckFinding(
        CrossCheckFinding.Kind.MISSING_FOREIGN_KEY,
        cause,
        column.table(),
        column.column(),
        relation.file() + ":" + relation.line(),
        detail);
  }
}
