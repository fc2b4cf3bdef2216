package org.migplan.scan.migrations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ModelField;
import org.migplan.core.source.PendingMigration;
import org.migplan.core.source.ProjectModel;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RelationKind;
import org.migplan.core.source.RelationOrigin;
import org.migplan.scan.project.ScannedProject;

/**
 * Compares the sources' relation declarations with the migration state, both ways:
 *
 * <ul>
 *   <li>A relation the state has and the sources do not declare (a field third-party code adds at
 *       run time, a model it generates such as django-simple-history's {@code Historical*}, a
 *       relation class the source scan does not know) joins the catalogue with origin {@link
 *       RelationOrigin#MIGRATIONS}, its file and line those of the migration; a model only the
 *       state has joins it too when it owns such a relation, so its table is known.
 *   <li>A relation the sources declare on a concrete model of an app with migrations, which the
 *       state lacks or points elsewhere, is a {@link PendingMigration}.
 * </ul>
 *
 * Generic relations are left out both ways: they are not migration fields.
 */
public final class MigrationCrossCheck {
  private MigrationCrossCheck() {}

  /** The scan with migration-only relations merged in and pending migrations listed. */
  public static ScannedProject merge(ScannedProject scanned) {
    List<MigrationState.Source> sources = ProjectMigrations.sources(scanned);
    if (sources.isEmpty()) {
      return scanned;
    }
    MigrationState state = MigrationState.replay(sources, scanned.settings()::get);
    Set<String> migratedApps = new HashSet<>();
    sources.forEach(s -> migratedApps.add(s.key().app()));
    ProjectModel source = scanned.model();
    // indexes by model (app label, class name ignoring case, as RelationField.sameModel compares),
    // so that large projects are not compared relation by relation
    Map<String, ModelDeclaration> sourceModels = new HashMap<>();
    source.models().forEach(m -> sourceModels.putIfAbsent(key(m.label()), m));
    Set<String> declaredFields = new HashSet<>();
    source.relations().forEach(r -> declaredFields.add(fieldKey(r)));
    Map<String, RelationField> stateFields = new HashMap<>();
    state.relations().forEach(r -> stateFields.putIfAbsent(fieldKey(r), r));
    Set<ModelLabel> extraLabels = new HashSet<>();

    List<RelationField> extra = new ArrayList<>();
    List<ModelDeclaration> extraModels = new ArrayList<>();
    for (RelationField relation : state.relations()) {
      Optional<ModelDeclaration> owner =
          Optional.ofNullable(sourceModels.get(key(relation.sourceModel())));
      if (declaredFields.contains(fieldKey(relation)) || relation.target().isEmpty()) {
        continue;
      }
      ModelLabel ownerLabel = owner.map(ModelDeclaration::label).orElse(relation.sourceModel());
      extra.add(
          MigrationState.moved(
              relation,
              ownerLabel,
              relation.field(),
              relation.target().map(t -> canonical(sourceModels, t))));
      if (owner.isEmpty() && extraLabels.add(relation.sourceModel())) {
        state
            .find(relation.sourceModel())
            .map(MigrationCrossCheck::declaration)
            .ifPresent(extraModels::add);
      }
    }

    List<PendingMigration> pending = new ArrayList<>();
    for (RelationField relation : source.relations()) {
      if (!migratedApps.contains(relation.sourceModel().appLabel())
          || relation.kind() == RelationKind.GENERIC_FOREIGN_KEY
          || relation.kind() == RelationKind.GENERIC_RELATION
          || Optional.ofNullable(sourceModels.get(key(relation.sourceModel())))
              .map(m -> !m.isConcrete())
              .orElse(true)) {
        continue;
      }
      Optional<RelationField> migrated = Optional.ofNullable(stateFields.get(fieldKey(relation)));
      if (migrated.isEmpty()) {
        pending.add(
            PendingMigration.of(
                relation,
                "the app's migrations do not create "
                    + relation.sourceModel()
                    + "."
                    + relation.field()
                    + ": makemigrations would add it"));
      } else if (relation.target().isPresent()
          && migrated.get().target().isPresent()
          && !RelationField.sameModel(relation.target().get(), migrated.get().target().get())) {
        pending.add(
            PendingMigration.of(
                relation,
                "the app's migrations point "
                    + relation.sourceModel()
                    + "."
                    + relation.field()
                    + " at "
                    + migrated.get().target().get()
                    + " ("
                    + migrated.get().file()
                    + ":"
                    + migrated.get().line()
                    + "): makemigrations would alter it"));
      }
    }
    pending.addAll(pendingFields(source, sourceModels, state, migratedApps));
    ProjectModel merged = source;
    if (!extra.isEmpty()) {
      List<ModelDeclaration> models = new ArrayList<>(source.models());
      models.addAll(extraModels);
      List<RelationField> relations = new ArrayList<>(source.relations());
      relations.addAll(extra);
      merged = new ProjectModel(source.apps(), models, relations, source.fields());
    }
    return new ScannedProject(
        scanned.files(),
        scanned.modules(),
        scanned.settings(),
        merged,
        scanned.labelsByClassKey(),
        pending.stream().sorted(PendingMigration.ORDER).toList(),
        state.leaves());
  }

  /**
   * The fields other than relations that a concrete, managed model declares and its app's
   * migrations do not create. Only what is sure counts: a field declared in a conditional block of
   * the class body, a model the state lacks, and a model whose migrations were not all read are
   * left out. The other way round (the state has a field the sources lack) proves nothing: a base
   * class outside the tree or a field class migplan does not recognise would explain it.
   */
  private static List<PendingMigration> pendingFields(
      ProjectModel source,
      Map<String, ModelDeclaration> sourceModels,
      MigrationState state,
      Set<String> migratedApps) {
    List<PendingMigration> pending = new ArrayList<>();
    Map<String, MigrationState.StateModel> stateModels = new HashMap<>();
    state.models().forEach(m -> stateModels.putIfAbsent(key(m.label()), m));
    for (ModelField field : source.fields()) {
      ModelDeclaration owner = sourceModels.get(key(field.model()));
      if (field.conditional()
          || !migratedApps.contains(field.model().appLabel())
          || owner == null
          || !owner.isConcrete()
          || !owner.managed()) {
        continue;
      }
      Optional<Set<String>> migrated =
          Optional.ofNullable(stateModels.get(key(field.model())))
              .flatMap(MigrationState.StateModel::fields);
      if (migrated.isPresent() && !migrated.get().contains(field.field())) {
        pending.add(
            PendingMigration.of(
                field,
                "the app's migrations do not create "
                    + field.model()
                    + "."
                    + field.field()
                    + ": makemigrations would add it"));
      }
    }
    return pending;
  }

  /** A label as the sources declare the model, when they do. */
  private static ModelLabel canonical(Map<String, ModelDeclaration> models, ModelLabel label) {
    ModelDeclaration declared = models.get(key(label));
    return declared == null ? label : declared.label();
  }

  /** A model's key: its app label and its class name ignoring case (Django's label_lower). */
  private static String key(ModelLabel label) {
    return label.labelLower();
  }

  /** A relation field's key: its model's key and the field name. */
  private static String fieldKey(RelationField relation) {
    return key(relation.sourceModel()) + "." + relation.field();
  }

  private static ModelDeclaration declaration(MigrationState.StateModel model) {
    return new ModelDeclaration(
        model.label(),
        model.file(),
        model.line(),
        List.of(),
        model.dbTable(),
        false,
        false,
        true,
        List.of());
  }
}
