package org.migplan.cli.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.migplan.core.django.HistoricalModel;
import org.migplan.core.django.MigrationFiles;
import org.migplan.core.django.Relation;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.naming.DjangoNames;
import org.migplan.core.plan.CodeReference;
import org.migplan.core.plan.SourceFacts;
import org.migplan.core.source.ExpectedColumn;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ModelMeta;
import org.migplan.core.source.PendingMigration;
import org.migplan.core.source.ProjectModel;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RelationKind;
import org.migplan.core.source.RenameClashes;

/**
 * Maps what the source scanner found (catalogue, declaration, Meta, references, migration files)
 * into the planner's {@link SourceFacts}.
 */
public final class SourceFactsAdapter {
  private SourceFactsAdapter() {}

  /**
   * @param project the scanned catalogue
   * @param model the model's declaration in it
   * @param meta its Meta options
   * @param swappableSetting the swappable setting that stands for the model, if any
   * @param references the scanner's references to the model
   * @param migrationsDirectory the app's migrations directory, relative to the project root
   * @param migrations the app's migration names
   * @param maxNameLength the database's identifier limit (table names), empty for none
   * @param relatedApps the migration files of the other apps relating to the model
   * @param historicalModels the models django-simple-history generates for it
   * @param pending source relations around the model that its migrations lack
   * @param migrationLeaves the app's leaf migrations
   * @param newObjectName the model's new class name
   * @param relatedNameChanges the relations whose %(class)s related_name the rename changes
   */
  public static SourceFacts facts(
      ProjectModel project,
      ModelDeclaration model,
      ModelMeta meta,
      Optional<String> swappableSetting,
      List<org.migplan.core.source.CodeReference> references,
      String migrationsDirectory,
      List<String> migrations,
      OptionalInt maxNameLength,
      List<MigrationFiles> relatedApps,
      List<HistoricalModel> historicalModels,
      List<PendingMigration> pending,
      List<String> migrationLeaves,
      String newObjectName,
      List<org.migplan.core.django.RelatedNameChange> relatedNameChanges) {
    ModelLabel label = model.label();
    List<String> mtiParents =
        model.proxy()
            ? List.of()
            : model.parents().stream()
                .filter(p -> project.find(p).map(ModelDeclaration::isConcrete).orElse(false))
                .map(ModelLabel::toString)
                .toList();
    List<String> mtiChildren =
        project.relationsTo(label).stream()
            .filter(r -> r.kind() == RelationKind.PARENT_LINK)
            .map(r -> r.sourceModel().toString())
            .distinct()
            .toList();
    return new SourceFacts(
        model.file() + ":" + model.line(),
        // a proxy's table is its concrete model's (Options.setup_proxy), which the rename keeps
        model.proxy() ? project.storageTable(model, maxNameLength) : model.dbTable().orElse(""),
        meta.verboseName().orElse(""),
        model.managed(),
        model.proxy(),
        swappableSetting.orElse(""),
        mtiParents,
        mtiChildren,
        project.models().stream()
            .filter(ModelDeclaration::proxy)
            .filter(m -> m.parents().stream().anyMatch(p -> RelationField.sameModel(p, label)))
            .map(m -> m.label().toString())
            .toList(),
        meta.classNamedIndexes(),
        relations(project, model, maxNameLength),
        references.stream().map(SourceFactsAdapter::reference).toList(),
        migrationsDirectory,
        migrations,
        // a relation the migrations lack proves pending changes; none found proves nothing, as
        // other fields and options are not compared
        pending.isEmpty() ? null : Boolean.TRUE,
        true,
        relatedApps,
        meta.verboseNamePlural().orElse(""),
        historicalModels,
        pending.stream().map(PendingMigration::located).toList(),
        migrationLeaves,
        RenameClashes.of(project, label, newObjectName),
        relatedNameChanges);
  }

  private static CodeReference reference(org.migplan.core.source.CodeReference found) {
    return new CodeReference(
        found.file(), found.line(), found.kind().jsonName(), found.text(), found.mustChange());
  }

  /**
   * The relations involving the model: every declared relation pointing at it (inherited ones once
   * per concrete subclass, MTI parent links, self relations) and the auto-created many-to-many
   * tables and generic relations it owns.
   */
  static List<Relation> relations(
      ProjectModel project, ModelDeclaration model, OptionalInt maxNameLength) {
    ModelLabel label = model.label();
    String table = model.table(maxNameLength);
    List<Relation> relations = new ArrayList<>();
    for (RelationField field : project.relationsTo(label)) {
      kind(field)
          .ifPresent(kind -> relations.add(incoming(field, kind, project, model, maxNameLength)));
    }
    for (RelationField owned : project.relationsFrom(label)) {
      if (owned.pointsAt(label) || owned.target().isEmpty()) {
        continue; // self relations are incoming too
      }
      if (owned.kind() == RelationKind.MANY_TO_MANY && owned.options().through().isEmpty()) {
        String joinTable =
            owned
                .options()
                .dbTable()
                .orElseGet(
                    () -> DjangoNames.autoManyToManyTable(table, owned.field(), maxNameLength));
        String column =
            DjangoNames.autoManyToManyColumns(label.objectName(), owned.target().get().objectName())
                .get(0);
        relations.add(
            relation(owned, org.migplan.core.django.RelationKind.MANY_TO_MANY, joinTable, column)
                .autoThrough(true)
                .build());
      } else if (owned.kind() == RelationKind.GENERIC_RELATION) {
        String holding =
            project.find(owned.target().get()).map(d -> d.table(maxNameLength)).orElse("");
        relations.add(
            relation(owned, org.migplan.core.django.RelationKind.GENERIC_RELATION, holding, "")
                .build());
      }
    }
    return relations;
  }

  private static Relation incoming(
      RelationField field,
      org.migplan.core.django.RelationKind kind,
      ProjectModel project,
      ModelDeclaration model,
      OptionalInt maxNameLength) {
    boolean self = RelationField.sameModel(field.sourceModel(), model.label());
    if (kind == org.migplan.core.django.RelationKind.MANY_TO_MANY) {
      if (field.options().through().isPresent()) {
        String through = throughModel(field, project).map(d -> d.table(maxNameLength)).orElse("");
        return relation(field, kind, through, "").build();
      }
      Optional<ExpectedColumn> expected = ExpectedColumn.of(field, project, maxNameLength);
      String table = expected.map(ExpectedColumn::table).orElse("");
      if (self) {
        // one relation for the pair from_<m>_id / to_<m>_id, named by the first
        String from =
            DjangoNames.autoManyToManyColumns(
                    model.label().objectName(), model.label().objectName())
                .get(0);
        return relation(field, kind, table, from)
            .autoThrough(true)
            .symmetrical(field.options().symmetricalWhenSelf())
            .build();
      }
      return relation(field, kind, table, expected.map(ExpectedColumn::column).orElse(""))
          .autoThrough(true)
          .build();
    }
    if (kind == org.migplan.core.django.RelationKind.GENERIC_RELATION) {
      return relation(field, kind, "", "").build();
    }
    Optional<ExpectedColumn> expected = ExpectedColumn.of(field, project, maxNameLength);
    Builder builder =
        relation(
            field,
            kind,
            expected.map(ExpectedColumn::table).orElse(""),
            expected.map(ExpectedColumn::column).orElse(""));
    field.options().toField().ifPresent(builder::targetColumn);
    return builder.build();
  }

  /** The through model of a many-to-many with {@code through=}, as Django resolves it. */
  private static Optional<ModelDeclaration> throughModel(
      RelationField field, ProjectModel project) {
    String through = field.options().through().orElse("");
    int dot = through.lastIndexOf('.');
    String name = dot < 0 ? through : through.substring(dot + 1);
    String app = dot < 0 ? field.sourceModel().appLabel() : through.substring(0, dot);
    Optional<ModelDeclaration> exact =
        project.find(
            new ModelLabel(app.contains(".") ? field.sourceModel().appLabel() : app, name));
    if (exact.isPresent()) {
      return exact;
    }
    List<ModelDeclaration> byName =
        project.models().stream().filter(m -> m.label().objectName().equals(name)).toList();
    return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
  }

  private static Optional<org.migplan.core.django.RelationKind> kind(RelationField field) {
    return switch (field.kind()) {
      case FOREIGN_KEY, FOREIGN_OBJECT ->
          Optional.of(org.migplan.core.django.RelationKind.FOREIGN_KEY);
      case ONE_TO_ONE -> Optional.of(org.migplan.core.django.RelationKind.ONE_TO_ONE);
      case MANY_TO_MANY -> Optional.of(org.migplan.core.django.RelationKind.MANY_TO_MANY);
      case PARENT_LINK -> Optional.of(org.migplan.core.django.RelationKind.PARENT_LINK);
      case GENERIC_RELATION -> Optional.of(org.migplan.core.django.RelationKind.GENERIC_RELATION);
      case GENERIC_FOREIGN_KEY -> Optional.empty();
    };
  }

  private static Builder relation(
      RelationField field, org.migplan.core.django.RelationKind kind, String table, String column) {
    return new Builder(field, kind, table, column);
  }

  /** Assembles a {@link Relation} from a declaration. */
  private static final class Builder {
    private final RelationField field;
    private final org.migplan.core.django.RelationKind kind;
    private final String table;
    private final String column;
    private String targetColumn = "id";
    private boolean autoThrough;
    private boolean symmetrical;

    Builder(
        RelationField field,
        org.migplan.core.django.RelationKind kind,
        String table,
        String column) {
      this.field = field;
      this.kind = kind;
      this.table = table;
      this.column = column;
    }

    Builder autoThrough(boolean value) {
      autoThrough = value;
      return this;
    }

    Builder symmetrical(boolean value) {
      symmetrical = value;
      return this;
    }

    Builder targetColumn(String value) {
      targetColumn = value;
      return this;
    }

    Relation build() {
      return new Relation(
          field.sourceModel().toString(),
          field.field(),
          kind,
          field.relatedName().orElse(""),
          table,
          column,
          targetColumn,
          autoThrough,
          symmetrical,
          OptionalLong.empty(),
          "",
          field.file() + ":" + field.line(),
          field.target().map(ModelLabel::toString).orElse(""));
    }
  }
}
