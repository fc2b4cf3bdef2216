package org.migplan.core.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.migplan.core.django.ClassNamedIndex;
import org.migplan.core.django.HistoricalModel;
import org.migplan.core.django.MigrationFiles;
import org.migplan.core.django.Relation;

/**
 * What the project's sources say about the model.
 *
 * @param modelLocation {@code file:line} of the class declaration
 * @param dbTable the explicit {@code Meta.db_table}, {@code ""} when not set; for a proxy, its
 *     concrete model's table (Django gives a proxy its target's {@code db_table})
 * @param verboseName the explicit {@code Meta.verbose_name}, {@code ""} when not set
 * @param managed {@code Meta.managed}
 * @param proxy {@code Meta.proxy}
 * @param swappableSetting the swappable setting that stands for the model ({@code AUTH_USER_MODEL}
 *     for the user model, or one a model declares with {@code Meta.swappable}), {@code ""} when
 *     none
 * @param mtiParents labels of concrete parents (the model is an MTI child)
 * @param mtiChildren labels of models inheriting from it concretely (the model is an MTI parent)
 * @param proxies labels of proxy models of it (their migration state names it as a base)
 * @param classNamedIndexes {@code Meta.indexes} named with {@code %(class)s}
 * @param relations relations declared in the sources (incoming, self, owned many-to-many)
 * @param references other places naming the model
 * @param migrationsDirectory the app's migrations directory, relative to the project root
 * @param migrations the app's migration names (file names without {@code .py}), sorted
 * @param pendingModelChanges whether the sources differ from the last migration state: {@code null}
 *     when it could not be determined
 * @param scanned whether the full source scanner ran (false: only the fallback probe)
 * @param relatedApps the migration files of the other apps whose models relate to the model
 *     (relations to it, MTI children, proxies)
 * @param verboseNamePlural the explicit {@code Meta.verbose_name_plural}, {@code ""} when not set
 * @param historicalModels the models django-simple-history generates for the model
 * @param pendingChanges what the sources declare around the model that its migrations lack, one
 *     {@code file:line: what} each (makemigrations would write them); empty when none was found
 * @param migrationLeaves the app's leaf migrations (none of its migrations depends on them), empty
 *     when unknown; more than one is a conflict {@code migrate} refuses until they are merged
 * @param renameClashes the reverse names the rename makes clash with a field or another reverse
 *     accessor of a related model (Django's fields.E302 to E305), one {@code app.Model.field: what}
 *     each
 * @param relatedNameChanges the model's relations whose {@code related_name} (or query name)
 *     follows its class name ({@code %(class)s}, {@code %(model_name)s}), with how the app's
 *     migration wrote each field when the rename migration can alter it
 */
public record SourceFacts(
    String modelLocation,
    String dbTable,
    String verboseName,
    boolean managed,
    boolean proxy,
    String swappableSetting,
    List<String> mtiParents,
    List<String> mtiChildren,
    List<String> proxies,
    List<ClassNamedIndex> classNamedIndexes,
    List<Relation> relations,
    List<CodeReference> references,
    String migrationsDirectory,
    List<String> migrations,
    Boolean pendingModelChanges,
    boolean scanned,
    List<MigrationFiles> relatedApps,
    String verboseNamePlural,
    List<HistoricalModel> historicalModels,
    List<String> pendingChanges,
    List<String> migrationLeaves,
    List<String> renameClashes,
    List<org.migplan.core.django.RelatedNameChange> relatedNameChanges) {

  public SourceFacts {
    Objects.requireNonNull(modelLocation, "modelLocation");
    swappableSetting = swappableSetting == null ? "" : swappableSetting;
    dbTable = dbTable == null ? "" : dbTable;
    verboseName = verboseName == null ? "" : verboseName;
    mtiParents = mtiParents.stream().sorted().toList();
    mtiChildren = mtiChildren.stream().sorted().toList();
    proxies = proxies.stream().sorted().toList();
    classNamedIndexes = List.copyOf(classNamedIndexes);
    relations = relations.stream().sorted(Comparator.comparing(Relation::sortKey)).toList();
    references =
        references.stream()
            .sorted(
                Comparator.comparing(CodeReference::file)
                    .thenComparingInt(CodeReference::line)
                    .thenComparing(CodeReference::kind))
            .toList();
    Objects.requireNonNull(migrationsDirectory, "migrationsDirectory");
    migrations = migrations.stream().sorted().toList();
    relatedApps =
        relatedApps.stream().sorted(Comparator.comparing(MigrationFiles::appLabel)).toList();
    verboseNamePlural = verboseNamePlural == null ? "" : verboseNamePlural;
    historicalModels =
        historicalModels.stream().sorted(Comparator.comparing(HistoricalModel::location)).toList();
    pendingChanges = pendingChanges.stream().sorted().toList();
    migrationLeaves = migrationLeaves.stream().sorted().toList();
    renameClashes = renameClashes.stream().sorted().toList();
    relatedNameChanges =
        relatedNameChanges.stream()
            .sorted(
                java.util.Comparator.comparing(org.migplan.core.django.RelatedNameChange::field))
            .toList();
  }

  /**
   * The app's newest migration in the sources: its one leaf (what a new migration depends on), else
   * the last by name.
   */
  public java.util.Optional<String> latestMigration() {
    return MigrationFiles.latest(migrations, migrationLeaves);
  }

  /** Whether {@code AUTH_USER_MODEL} stands for the model. */
  public boolean authUserModel() {
    return swappableSetting.equals("AUTH_USER_MODEL");
  }
}
