package org.migplan.core.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migplan.core.django.DdlPredictor;
import org.migplan.core.django.DdlStatement;
import org.migplan.core.django.HistoricalModel;
import org.migplan.core.django.HistoricalRename;
import org.migplan.core.django.Relation;
import org.migplan.core.django.RenameBehaviour;
import org.migplan.core.django.RenameMigration;
import org.migplan.core.django.RenameShape;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.naming.DjangoNames;

/** Facts in, {@link Plan} out. Deterministic: the same input gives an equal plan. */
public final class Planner {
  private static final Pattern NUMBER = Pattern.compile("^(\\d{4})_");
  private final String generator;

  /**
   * @param generator the name and version written into generated files, e.g. migplan 0.1.0
   */
  public Planner(String generator) {
    this.generator = Objects.requireNonNull(generator, "generator");
  }

  public Plan plan(PlanInput input) {
    RenameBehaviour behaviour = new RenameBehaviour(input.version());
    String oldTable = oldTable(input);
    String newTable = newTable(input);
    List<Relation> relations = mergeRelations(input);
    String primaryKey = primaryKey(input);
    RenameShape shape =
        new RenameShape(
            input.model(),
            input.newObjectName(),
            oldTable,
            newTable,
            !input.source().dbTable().isEmpty(),
            primaryKey,
            relations,
            input.source().classNamedIndexes());
    // RenameModel leaves the database alone for a proxy or an unmanaged model (allow_migrate_model)
    List<DdlStatement> ddl =
        input.source().proxy() || !input.source().managed()
            ? List.of()
            : new DdlPredictor(behaviour, input.engine()).predict(shape);
    List<NameChange> names = NameChanges.of(input, oldTable, newTable, relations);
    Map<String, String> formerNames = new TreeMap<>();
    names.stream()
        .filter(n -> n.kind().isTable())
        .forEach(n -> formerNames.put(n.after(), n.before()));
    LockEstimate locks = LockEstimator.estimate(ddl, input.database(), formerNames);
    List<Finding> findings = new Findings(input, behaviour, relations, ddl, locks, oldTable).all();
    RenameMigration migration = migration(input, behaviour, relations);
    RollbackPlan rollback = rollback(input, relations, oldTable);
    return new Plan(
        input,
        oldTable,
        newTable,
        names,
        relations,
        ddl,
        locks,
        findings,
        Procedures.checklist(input, relations, rollback),
        Procedures.steps(input, migration, rollback),
        migration,
        rollback,
        TestingPlans.of(input, relations),
        codeChanges(input),
        notVerified(input));
  }

  private static String oldTable(PlanInput input) {
    if (input.database().isPresent()) {
      return input.database().get().target().table();
    }
    if (!input.source().dbTable().isEmpty()) {
      return input.source().dbTable();
    }
    return DjangoNames.defaultTableName(
        input.model().appLabel(), input.model().objectName(), input.engine().maxIdentifierLength());
  }

  private static String newTable(PlanInput input) {
    if (!input.source().dbTable().isEmpty()) {
      return input.source().dbTable();
    }
    return DjangoNames.defaultTableName(
        input.model().appLabel(), input.newObjectName(), input.engine().maxIdentifierLength());
  }

  private static String primaryKey(PlanInput input) {
    return input
        .database()
        .flatMap(d -> d.schema().columns().stream().filter(ColumnFacts::primaryKey).findFirst())
        .map(ColumnFacts::name)
        .orElse("id");
  }

  /**
   * Sources and database merged by (table, column): the source gives the declaration, the database
   * the counts and constraint names; what only one side knows is kept.
   */
  static List<Relation> mergeRelations(PlanInput input) {
    Map<String, Relation> merged = new TreeMap<>();
    for (Relation relation : input.source().relations()) {
      merged.put(key(relation), relation);
    }
    for (Relation found : input.database().map(DatabaseFacts::relations).orElse(List.of())) {
      Relation declared = merged.get(key(found));
      if (declared == null) {
        merged.put(key(found), found);
      } else {
        merged.put(key(found), combine(declared, found));
      }
    }
    return merged.values().stream().sorted(Comparator.comparing(Relation::sortKey)).toList();
  }

  private static String key(Relation relation) {
    return relation.hasColumn()
        ? relation.table() + "\u0000" + relation.column()
        : relation.declaringModel() + "\u0000" + relation.field();
  }

  private static Relation combine(Relation declared, Relation found) {
    return new Relation(
        declared.declaringModel(),
        declared.field(),
        declared.kind(),
        declared.relatedName(),
        declared.table(),
        declared.column(),
        found.targetColumn(),
        declared.autoCreatedThrough(),
        declared.symmetrical(),
        found.rows().isPresent() ? found.rows() : declared.rows(),
        found.constraintName(),
        declared.location(),
        declared.target());
  }

  private RenameMigration migration(
      PlanInput input, RenameBehaviour behaviour, List<Relation> relations) {
    Optional<String> latest = input.source().latestMigration();
    int number =
        input.source().migrations().stream()
                .map(NUMBER::matcher)
                .filter(Matcher::find)
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .max()
                .orElse(0)
            + 1;
    String oldVerbose =
        input.source().verboseName().isEmpty()
            ? DjangoNames.verboseName(input.model().objectName())
            : input.source().verboseName();
    String newVerbose =
        input.source().verboseName().isEmpty()
            ? DjangoNames.verboseName(input.newObjectName())
            : input.source().verboseName();
    String ownApp = input.model().appLabel() + ".";
    List<String> children =
        input.source().mtiChildren().stream()
            .filter(label -> label.startsWith(ownApp))
            .map(label -> label.substring(label.indexOf('.') + 1))
            .toList();
    List<String> otherAppChildren =
        input.source().mtiChildren().stream().filter(label -> !label.startsWith(ownApp)).toList();
    return new RenameMigration(
        input.model().appLabel(),
        input.model().objectName(),
        input.newObjectName(),
        oldVerbose,
        newVerbose,
        latest,
        number,
        children,
        input.source().classNamedIndexes(),
        behaviour,
        generator,
        !input.source().mtiChildren().isEmpty() || !input.source().proxies().isEmpty(),
        input.source().relatedApps(),
        otherAppChildren,
        historicalRenames(input, oldVerbose, newVerbose),
        input.source().relatedNameChanges(),
        severalKeysFrom(input.model(), relations));
  }

  /**
   * The other models that hold two or more foreign keys or one-to-ones (parent links included) to
   * the model, from the sources; a relation found only in the database has no declaring model.
   */
  static List<String> severalKeysFrom(ModelLabel model, List<Relation> relations) {
    Map<String, Integer> keys = new TreeMap<>();
    Map<String, String> written = new TreeMap<>();
    for (Relation relation : relations) {
      boolean key =
          relation.kind() == org.migplan.core.django.RelationKind.FOREIGN_KEY
              || relation.kind() == org.migplan.core.django.RelationKind.ONE_TO_ONE
              || relation.kind() == org.migplan.core.django.RelationKind.PARENT_LINK;
      if (key
          && !relation.declaringModel().isEmpty()
          && !relation.declaredBy(model)
          && relation.pointsAt(model)) {
        String lower = relation.declaringModel().toLowerCase(java.util.Locale.ROOT);
        keys.merge(lower, 1, Integer::sum);
        written.putIfAbsent(lower, relation.declaringModel());
      }
    }
    return keys.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .map(e -> written.get(e.getKey()))
        .toList();
  }

  /** The simple_history models of the model that the rename migration renames or alters. */
  static List<HistoricalRename> historicalRenames(
      PlanInput input, String oldVerbose, String newVerbose) {
    String plural = input.source().verboseNamePlural();
    String oldPlural = plural.isEmpty() ? oldVerbose + "s" : plural;
    String newPlural = plural.isEmpty() ? newVerbose + "s" : plural;
    List<HistoricalRename> renames = new ArrayList<>();
    for (HistoricalModel model : input.source().historicalModels()) {
      HistoricalRename.of(
              model,
              input.model().appLabel(),
              input.model().objectName(),
              input.newObjectName(),
              oldVerbose,
              newVerbose,
              oldPlural,
              newPlural)
          .ifPresent(renames::add);
    }
    return renames;
  }

  private static RollbackPlan rollback(PlanInput input, List<Relation> relations, String oldTable) {
    Optional<String> applied = input.database().flatMap(DatabaseFacts::latestApplied);
    String previous;
    String source;
    if (applied.isPresent()) {
      previous = applied.get();
      source = "django_migrations (latest applied migration of " + input.model().appLabel() + ")";
    } else {
      previous = input.source().latestMigration().orElse("zero");
      source =
          input.source().migrationsDirectory()
              + " (latest migration file; not checked against django_migrations)";
    }
    List<TableFacts> counts = new ArrayList<>();
    input.database().ifPresent(d -> counts.add(d.target()));
    Map<String, TableFacts> others = new LinkedHashMap<>();
    for (Relation relation : relations) {
      if (relation.hasColumn() && !relation.table().equals(oldTable)) {
        input
            .database()
            .flatMap(d -> d.table(relation.table()))
            .ifPresent(t -> others.put(t.table(), t));
      }
    }
    for (String table : historyTables(input)) {
      input.database().flatMap(d -> d.table(table)).ifPresent(t -> others.put(t.table(), t));
    }
    others.values().stream().sorted(Comparator.comparing(TableFacts::table)).forEach(counts::add);
    return new RollbackPlan(input.model().appLabel(), previous, source, counts, input.backup());
  }

  /** The tables of the model's simple_history models, as named before the rename, where known. */
  static List<String> historyTables(PlanInput input) {
    return input.source().historicalModels().stream()
        .flatMap(
            h ->
                h
                    .table(
                        input.model().appLabel(),
                        input.model().objectName(),
                        input.engine().maxIdentifierLength())
                    .stream())
        .distinct()
        .sorted()
        .toList();
  }

  private static List<FileChanges> codeChanges(PlanInput input) {
    Map<String, List<CodeReference>> byFile = new TreeMap<>();
    for (CodeReference reference : input.source().references()) {
      if (reference.mustChange()) {
        byFile.computeIfAbsent(reference.file(), f -> new ArrayList<>()).add(reference);
      }
    }
    return byFile.entrySet().stream().map(e -> new FileChanges(e.getKey(), e.getValue())).toList();
  }

  private static List<String> notVerified(PlanInput input) {
    List<String> lines = new ArrayList<>(input.missing());
    if (input.database().isEmpty()) {
      lines.add(
          "database: row counts, foreign keys in the catalog, content type, permission grants,"
              + " applied migrations and lock times (no --db)");
    }
    if (input.backup().isEmpty()) {
      lines.add("backup: no verified backup to restore (no --backups)");
    }
    if (input.staging().isEmpty()) {
      lines.add("staging: no verified staging copy to rehearse on (no --staging)");
    }
    if (input.source().pendingModelChanges() == null) {
      lines.add(
          "migration state: whether the model matches its last migration (run 'python manage.py"
              + " makemigrations --check --dry-run')");
    }
    return lines.stream().distinct().sorted().toList();
  }
}
