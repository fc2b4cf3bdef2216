package org.migplan.cli.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.database.DatabaseMap;
import org.migplan.core.database.TableAudit;
import org.migplan.core.database.TableStatistics;
import org.migplan.core.django.HistoricalModel;
import org.migplan.core.django.MigrationFiles;
import org.migplan.core.model.EngineTraits;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.naming.DjangoNames;
import org.migplan.core.plan.DatabaseFacts;
import org.migplan.core.plan.SourceFacts;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.CrossCheckFinding;
import org.migplan.core.source.DatabaseCrossCheck;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.PendingMigration;
import org.migplan.core.source.ProjectModel;
import org.migplan.core.source.RelationField;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.catalog.DatabaseReader;
import org.migplan.report.references.RelationshipMapText;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.project.AppMigrations;
import org.migplan.scan.project.HistoryReader;
import org.migplan.scan.project.MetaReader;
import org.migplan.scan.project.ProjectFiles;
import org.migplan.scan.project.ScannedProject;
import org.migplan.scan.references.ReferenceScanner;
import org.migplan.scan.references.SearchAhead;

/**
 * The facts {@code migplan plan} gathers: one scan of the sources, and with a database the same
 * readers {@code audit} and {@code map} use, then the cross-check of both.
 *
 * @param declaration the model's declaration
 * @param source the sources' facts for the planner
 * @param database the database's facts, empty without a database
 * @param engine the engine of the database, else PostgreSQL (what the DDL is predicted for)
 * @param referencesText the relationship map, as {@code migplan map} prints it
 */
public record PlanFacts(
    ModelDeclaration declaration,
    SourceFacts source,
    Optional<DatabaseFacts> database,
    EngineTraits engine,
    String referencesText) {
  public PlanFacts {
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(referencesText, "referencesText");
  }

  /**
   * Scans the project and, when a database is given, reads it (read-only).
   *
   * @param project the Django project root
   * @param model the model to rename
   * @param newObjectName its new class name
   * @param url the database, if any
   */
  public static PlanFacts gather(
      Path project, ModelLabel model, String newObjectName, Optional<DatabaseUrl> url) {
    ProjectFiles files = ProjectScanner.walk(project);
    // the byte search for the model's name runs while the catalogue is built
    try (SearchAhead ahead = SearchAhead.start(files, model)) {
      return gather(project, model, newObjectName, url, ProjectScanner.scan(files), ahead);
    }
  }

  /**
   * Stops with a usage error when the new name is taken: by another model of the app (Django keys
   * an app's models by their lower-case name), or, for a model whose table follows its name, when
   * the new table is another model's.
   */
  private static void requireFreeName(
      ProjectModel catalogue,
      ModelDeclaration declaration,
      String newObjectName,
      OptionalInt maxNameLength) {
    ModelLabel renamed = declaration.label().renamedTo(newObjectName);
    String newTable =
        DjangoNames.defaultTableName(renamed.appLabel(), renamed.objectName(), maxNameLength);
    for (ModelDeclaration other : catalogue.models()) {
      if (RelationField.sameModel(other.label(), declaration.label())) {
        continue;
      }
      String where = " (" + other.file() + ":" + other.line() + ")";
      if (RelationField.sameModel(other.label(), renamed)) {
        throw new MigplanException(
            ErrorCode.USAGE,
            "--to '"
                + newObjectName
                + "': "
                + renamed.appLabel()
                + " already has a model "
                + other.label().objectName()
                + where
                + "; Django keys an app's models by their lower-case name, so choose a name none of"
                + " them has");
      }
      if (declaration.dbTable().isEmpty()
          && other.isConcrete()
          && !other.proxy()
          && other.table(maxNameLength).equalsIgnoreCase(newTable)) {
        throw new MigplanException(
            ErrorCode.USAGE,
            "--to '"
                + newObjectName
                + "': the renamed table "
                + newTable
                + " is already the table of "
                + other.label()
                + where
                + "; choose another name, or give the model a Meta.db_table first");
      }
    }
  }

  private static PlanFacts gather(
      Path project,
      ModelLabel model,
      String newObjectName,
      Optional<DatabaseUrl> url,
      ScannedProject scanned,
      SearchAhead ahead) {
    ModelDeclaration declaration = ProjectScanner.locate(scanned.model(), model, project);
    Optional<DatabaseReader> reader =
        url.map(u -> new DatabaseReader(u, DatabaseReader.STATEMENT_TIMEOUT));
    EngineTraits engine = reader.map(r -> r.dialect().traits()).orElse(EngineTraits.POSTGRESQL);
    OptionalInt maxNameLength = engine.maxIdentifierLength();
    requireFreeName(scanned.model(), declaration, newObjectName, maxNameLength);
    List<RelationField> around = scanned.model().relationsAround(declaration.label());
    List<CodeReference> references =
        ReferenceScanner.find(scanned, declaration.label(), maxNameLength, ahead);
    AppMigrations migrations = AppMigrations.of(scanned, declaration);
    List<HistoricalModel> historical = HistoryReader.read(scanned, declaration, references);
    List<PendingMigration> pending = scanned.pendingMigrationsAround(declaration.label());
    SourceFacts source =
        SourceFactsAdapter.facts(
            scanned.model(),
            declaration,
            MetaReader.read(scanned, declaration),
            MetaReader.swappableSetting(scanned, declaration),
            references,
            migrations.directory(),
            migrations.names(),
            maxNameLength,
            relatedApps(scanned, declaration),
            historical,
            pending,
            migrations.leaves(),
            newObjectName,
            MetaReader.relatedNameChanges(scanned, declaration, newObjectName));
    Optional<DatabaseMap> map = Optional.empty();
    Optional<DatabaseFacts> database = Optional.empty();
    List<CrossCheckFinding> crossCheck = List.of();
    List<CrossCheckFinding> counted = List.of();
    if (reader.isPresent()) {
      DatabaseReader db = reader.get();
      String table = scanned.model().storageTable(declaration, maxNameLength);
      TableAudit audit = db.audit(declaration.label(), table);
      DatabaseMap found = db.map(declaration.label(), table);
      crossCheck =
          DatabaseCrossCheck.check(scanned.model(), declaration, found.relations(), maxNameLength);
      // the tables the catalog links to the model, and those only the declarations name
      // (db_constraint=False), so every table the rename touches is counted
      Set<String> tables = new TreeSet<>(DatabaseFactsAdapter.referencingTables(found));
      source.relations().stream()
          .filter(r -> r.hasColumn() && !r.table().isEmpty() && !r.table().equals(table))
          .forEach(r -> tables.add(r.table()));
      // through tables of many-to-manys with through=, counted as the relation's rows
      source.relations().stream()
          .filter(r -> !r.hasColumn() && !r.autoCreatedThrough())
          .filter(r -> r.kind() == org.migplan.core.django.RelationKind.MANY_TO_MANY)
          .filter(r -> !r.table().isEmpty() && !r.table().equals(table))
          .forEach(r -> tables.add(r.table()));
      // declared columns the catalog has no foreign key for: their values counted in the same scan
      // django-simple-history's tables: counted so the plan and the rollback script record them
      for (HistoricalModel h : historical) {
        h.table(declaration.label().appLabel(), declaration.label().objectName(), maxNameLength)
            .filter(db::tableExists)
            .ifPresent(tables::add);
      }
      // the columns of the cross-check's missing foreign keys too, counted as map counts them
      Map<String, Set<String>> uncounted = DatabaseFactsAdapter.declaredOnly(source, found);
      DatabaseCrossCheck.columnsToCount(crossCheck)
          .forEach((t, c) -> uncounted.computeIfAbsent(t, k -> new TreeSet<>()).addAll(c));
      tables.addAll(uncounted.keySet());
      Map<String, TableStatistics> sizes = db.sizes(tables, uncounted);
      counted = DatabaseCrossCheck.withValueCounts(crossCheck, sizes);
      ModelLabel renamed = declaration.label().renamedTo(newObjectName);
      String newTable =
          DjangoNames.defaultTableName(renamed.appLabel(), renamed.objectName(), maxNameLength);
      boolean newTableExists =
          declaration.dbTable().isEmpty() && !declaration.proxy() && db.tableExists(newTable);
      boolean newContentType = db.django(renamed).contentType().isPresent();
      database =
          Optional.of(
              DatabaseFactsAdapter.facts(
                  url.get().redacted(),
                  engine,
                  audit,
                  found,
                  source.relations(),
                  sizes,
                  newContentType,
                  newTableExists,
                  crossCheck));
      map = Optional.of(found);
    }
    String text =
        RelationshipMapText.render(
            new RelationshipMapText.Facts(
                declaration, around, references, historical, maxNameLength, pending, map, counted));
    return new PlanFacts(declaration, source, database, engine, text);
  }

  /**
   * The migration files of every other app with a model relating to the model: a relation to it
   * (including MTI parent links) or a proxy of it.
   */
  static List<MigrationFiles> relatedApps(ScannedProject scanned, ModelDeclaration declaration) {
    ModelLabel label = declaration.label();
    Map<String, String> fileByApp = new TreeMap<>();
    for (RelationField field : scanned.model().relationsTo(label)) {
      fileByApp.putIfAbsent(field.sourceModel().appLabel(), field.file());
    }
    scanned.model().models().stream()
        .filter(ModelDeclaration::proxy)
        .filter(m -> m.parents().stream().anyMatch(p -> RelationField.sameModel(p, label)))
        .forEach(m -> fileByApp.putIfAbsent(m.label().appLabel(), m.file()));
    fileByApp.remove(label.appLabel());
    return fileByApp.entrySet().stream()
        .map(
            e -> {
              AppMigrations files = AppMigrations.of(scanned, e.getKey(), e.getValue());
              return new MigrationFiles(
                  e.getKey(), files.directory(), files.names(), files.leaves());
            })
        .toList();
  }
}
