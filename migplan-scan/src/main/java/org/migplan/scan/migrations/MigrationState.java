package org.migplan.scan.migrations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.migplan.core.model.AsciiIdentifiers;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.naming.DjangoNames;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RelationKind;
import org.migplan.core.source.RelationOptions;
import org.migplan.core.source.RelationOrigin;
import org.migplan.scan.project.RelationClasses;

/**
 * The models and relation fields a project's migrations leave behind, replayed the way Django's
 * {@code loader.project_state()} builds them, without running Python.
 *
 * <p>Operations read: {@code CreateModel} (fields, {@code options['db_table']}), {@code
 * DeleteModel}, {@code RenameModel} (relations to the old name repointed, as Django does), {@code
 * AlterModelTable}, {@code AddField}, {@code AlterField}, {@code RemoveField}, {@code RenameField}
 * and the {@code state_operations} of {@code SeparateDatabaseAndState}. Operations that leave the
 * relations as they are ({@code RunPython}, {@code RunSQL}, indexes, constraints, options) are
 * skipped; an operation class Django does not define is skipped and noted. Simplified: {@code
 * RenameField} does not rewrite {@code to_field} values naming the renamed field.
 *
 * @param models every model of the state with its table option, by label
 * @param relations the relation fields of the state, sorted by model and field
 * @param notes unreadable files and skipped operations, as {@code file:line: what}, sorted
 * @param leaves each app's leaf migrations, sorted (more than one: conflicting migrations)
 */
public record MigrationState(
    List<StateModel> models,
    List<RelationField> relations,
    List<String> notes,
    Map<String, List<String>> leaves) {

  /** Django's operations that change neither models' tables nor their relation fields. */
  private static final List<String> NEUTRAL =
      List.of(
          "RunPython",
          "RunSQL",
          "AlterModelOptions",
          "AlterModelManagers",
          "AlterUniqueTogether",
          "AlterIndexTogether",
          "AlterOrderWithRespectTo",
          "AddIndex",
          "RemoveIndex",
          "RenameIndex",
          "AddConstraint",
          "RemoveConstraint",
          "AlterModelTableComment",
          // django.contrib.postgres operations
          "CreateExtension",
          "BtreeGinExtension",
          "BtreeGistExtension",
          "CITextExtension",
          "CryptoExtension",
          "HStoreExtension",
          "TrigramExtension",
          "UnaccentExtension",
          "CreateCollation",
          "RemoveCollation",
          "AddIndexConcurrently",
          "RemoveIndexConcurrently",
          "ValidateConstraint");

  public MigrationState {
    models = models.stream().sorted(Comparator.comparing(m -> m.label().toString())).toList();
    relations =
        relations.stream()
            .sorted(
                Comparator.comparing((RelationField r) -> r.sourceModel().toString())
                    .thenComparing(RelationField::field))
            .toList();
    notes = notes.stream().sorted().toList();
    leaves = Map.copyOf(leaves);
  }

  /**
   * A model of the state.
   *
   * @param label its label, the class name as {@code CreateModel} wrote it
   * @param dbTable its {@code db_table} option, when set
   * @param file the migration that created it
   * @param line the line of its {@code CreateModel}
   */
  /**
   * A model of the state.
   *
   * @param fields the names of all its fields, when every operation that shaped them was read
   *     (empty otherwise: a field list that is not a literal, an operation migplan does not know, a
   *     migration file it could not read, in the model's app)
   */
  public record StateModel(
      ModelLabel label,
      Optional<String> dbTable,
      String file,
      int line,
      Optional<Set<String>> fields) {
    public StateModel {
      fields = fields.map(Set::copyOf);
    }
  }

  /** A migration file's text and where it is. */
  public record Source(MigrationKey key, String file, String text) {}

  /**
   * Replays migrations.
   *
   * @param sources every migration file of the project's apps (names {@code NNNN_*})
   * @param settings the project's settings constants ({@code AUTH_USER_MODEL} and the like)
   */
  public static MigrationState replay(
      List<Source> sources, Function<String, Optional<String>> settings) {
    List<String> notes = new ArrayList<>();
    List<MigrationFile> files = new ArrayList<>();
    Replay replay = new Replay(settings, notes);
    // parsed side by side, kept in the sources' order
    List<Optional<MigrationFile>> parsed =
        sources.parallelStream()
            .map(s -> MigrationFile.parse(s.key(), s.file(), s.text(), settings))
            .toList();
    for (int i = 0; i < sources.size(); i++) {
      if (parsed.get(i).isPresent()) {
        files.add(parsed.get(i).get());
      } else {
        notes.add(sources.get(i).file() + ":1: no class Migration found; file not read");
        replay.uncertainApps.add(sources.get(i).key().app());
      }
    }
    MigrationGraph graph = MigrationGraph.of(files);
    for (MigrationFile file : graph.ordered()) {
      for (PyValue operation : file.operations()) {
        replay.apply(file, operation);
      }
    }
    return replay.state(graph.leaves());
  }

  /** The state's relation fields pointing at the model (model part compared ignoring case). */
  public List<RelationField> relationsTo(ModelLabel model) {
    return relations.stream().filter(r -> r.pointsAt(model)).toList();
  }

  /** The model of the state with this label, compared ignoring the model part's case. */
  public Optional<StateModel> find(ModelLabel label) {
    return models.stream().filter(m -> RelationField.sameModel(m.label(), label)).findFirst();
  }

  /**
   * A state relation under another owner, name or target; like every relation of the state it is
   * not inherited and comes from the migrations.
   */
  static RelationField moved(
      RelationField r, ModelLabel owner, String field, Optional<ModelLabel> target) {
    return new RelationField(
        r.file(),
        r.line(),
        owner,
        field,
        r.fieldClass(),
        r.kind(),
        r.targetText(),
        target,
        r.options(),
        Optional.empty(),
        RelationOrigin.MIGRATIONS);
  }

  private static final class ModelEntry {
    ModelLabel label;
    Optional<String> dbTable = Optional.empty();
    final String file;
    final int line;
    final Map<String, RelationField> relations = new LinkedHashMap<>();

    /** Every field's name, relations and others. */
    final Set<String> fields = new LinkedHashSet<>();

    /** Whether every operation on the fields was read. */
    boolean fieldsKnown = true;

    ModelEntry(ModelLabel label, String file, int line) {
      this.label = label;
      this.file = file;
      this.line = line;
    }
  }

  /** The replay's working state: models by {@code app.modelname}. */
  private static final class Replay {
    private final Function<String, Optional<String>> settings;
    private final List<String> notes;
    private final Map<String, ModelEntry> models = new TreeMap<>();

    /** Apps with an operation or a migration file that was not read: their fields are unsure. */
    private final Set<String> uncertainApps = new java.util.HashSet<>();

    Replay(Function<String, Optional<String>> settings, List<String> notes) {
      this.settings = settings;
      this.notes = notes;
    }

    MigrationState state(Map<String, List<String>> leaves) {
      List<StateModel> result = new ArrayList<>();
      List<RelationField> relations = new ArrayList<>();
      for (ModelEntry model : models.values()) {
        boolean known = model.fieldsKnown && !uncertainApps.contains(model.label.appLabel());
        result.add(
            new StateModel(
                model.label,
                model.dbTable,
                model.file,
                model.line,
                known ? Optional.of(model.fields) : Optional.empty()));
        relations.addAll(model.relations.values());
      }
      return new MigrationState(result, relations, notes, leaves);
    }

    void apply(MigrationFile file, PyValue value) {
      if (!(value instanceof PyValue.CallValue operation)) {
        notes.add(file.file() + ":" + value.line() + ": operation not read: " + value.text());
        uncertainApps.add(file.key().app());
        return;
      }
      String app = file.key().app();
      switch (operation.simpleName()) {
        case "CreateModel" -> createModel(file, app, operation);
        case "DeleteModel" ->
            operation.string("name", 0).ifPresent(n -> models.remove(key(app, n)));
        case "RenameModel" -> renameModel(app, operation);
        case "AlterModelTable" ->
            operation
                .string("name", 0)
                .map(n -> models.get(key(app, n)))
                .ifPresent(m -> m.dbTable = operation.string("table", 1));
        case "AddField", "AlterField" -> {
          Optional<ModelEntry> model = entry(app, operation);
          Optional<String> name = operation.string("name", 1);
          Optional<PyValue> field = operation.argument("field", 2);
          if (model.isPresent() && name.isPresent() && field.isPresent()) {
            setField(file, model.get(), name.get(), field.get());
          } else {
            model.ifPresent(m -> m.fieldsKnown = false);
          }
        }
        case "RemoveField" ->
            entry(app, operation)
                .ifPresent(
                    m ->
                        operation
                            .string("name", 1)
                            .ifPresentOrElse(
                                name -> {
                                  m.relations.remove(name);
                                  m.fields.remove(name);
                                },
                                () -> m.fieldsKnown = false));
        case "RenameField" -> renameField(app, operation);
        case "SeparateDatabaseAndState" ->
            operation
                .argument("state_operations", 1)
                .ifPresent(ops -> MigrationFile.items(ops).forEach(op -> apply(file, op)));
        default -> {
          if (!NEUTRAL.contains(operation.simpleName())) {
            uncertainApps.add(app);
            notes.add(
                file.file()
                    + ":"
                    + operation.line()
                    + ": operation "
                    + operation.callee()
                    + " is not one of Django's; skipped");
          }
        }
      }
    }

    private Optional<ModelEntry> entry(String app, PyValue.CallValue operation) {
      return operation.string("model_name", 0).map(n -> models.get(key(app, n)));
    }

    private void createModel(MigrationFile file, String app, PyValue.CallValue operation) {
      Optional<String> name = operation.string("name", 0);
      if (name.isEmpty() || !identifier(name.get())) {
        notes.add(file.file() + ":" + operation.line() + ": CreateModel without a literal name");
        return;
      }
      ModelEntry model =
          new ModelEntry(new ModelLabel(app, name.get()), file.file(), operation.line());
      models.put(key(app, name.get()), model);
      operation
          .argument("options", 2)
          .filter(PyValue.Dict.class::isInstance)
          .map(PyValue.Dict.class::cast)
          .flatMap(d -> d.get("db_table"))
          .flatMap(PyValue::stringValue)
          .ifPresent(t -> model.dbTable = Optional.of(t));
      Optional<PyValue> fields = operation.argument("fields", 1);
      model.fieldsKnown = fields.isEmpty() || fields.get() instanceof PyValue.Seq;
      for (PyValue field : MigrationFile.items(fields.orElse(null))) {
        List<PyValue> pair = MigrationFile.items(field);
        if (pair.size() == 2 && pair.get(0).stringValue().isPresent()) {
          setField(file, model, pair.get(0).stringValue().get(), pair.get(1));
        } else {
          model.fieldsKnown = false;
        }
      }
    }

    private void renameModel(String app, PyValue.CallValue operation) {
      Optional<String> oldName = operation.string("old_name", 0);
      Optional<String> newName = operation.string("new_name", 1);
      if (oldName.isEmpty() || newName.isEmpty() || !identifier(newName.get())) {
        return;
      }
      ModelEntry model = models.remove(key(app, oldName.get()));
      if (model == null) {
        return;
      }
      ModelLabel before = model.label;
      model.label = new ModelLabel(app, newName.get());
      models.put(key(app, newName.get()), model);
      for (ModelEntry entry : models.values()) {
        entry.relations.replaceAll(
            (name, relation) -> {
              ModelLabel owner =
                  RelationField.sameModel(relation.sourceModel(), before)
                      ? model.label
                      : relation.sourceModel();
              Optional<ModelLabel> target =
                  relation.pointsAt(before) ? Optional.of(model.label) : relation.target();
              return moved(relation, owner, relation.field(), target);
            });
      }
    }

    private void renameField(String app, PyValue.CallValue operation) {
      Optional<ModelEntry> model = entry(app, operation);
      Optional<String> oldName = operation.string("old_name", 1);
      Optional<String> newName = operation.string("new_name", 2);
      if (model.isEmpty()) {
        return;
      }
      if (oldName.isEmpty() || newName.isEmpty()) {
        model.get().fieldsKnown = false;
        return;
      }
      if (model.get().fields.remove(oldName.get())) {
        model.get().fields.add(newName.get());
      }
      RelationField relation = model.get().relations.remove(oldName.get());
      if (relation != null) {
        model
            .get()
            .relations
            .put(
                newName.get(),
                moved(relation, relation.sourceModel(), newName.get(), relation.target()));
      }
    }

    /** Sets a field; a field that is not a relation removes any relation of that name. */
    private void setField(MigrationFile file, ModelEntry model, String name, PyValue value) {
      model.fields.add(name);
      Optional<RelationField> relation = relation(file, model.label, name, value);
      if (relation.isPresent()) {
        model.relations.put(name, relation.get());
      } else {
        model.relations.remove(name);
      }
    }

    private Optional<RelationField> relation(
        MigrationFile file, ModelLabel owner, String name, PyValue value) {
      if (!(value instanceof PyValue.CallValue field)) {
        return Optional.empty();
      }
      Optional<RelationKind> known = RelationClasses.kindOf(field.simpleName());
      Optional<PyValue> to =
          known.isPresent()
              ? field.argument("to", 0)
              : Optional.ofNullable(field.keywords().get("to"));
      if (to.isEmpty()
          || known
              .filter(
                  k -> k == RelationKind.GENERIC_RELATION || k == RelationKind.GENERIC_FOREIGN_KEY)
              .isPresent()) {
        return Optional.empty();
      }
      RelationOptions options = options(field);
      RelationKind kind =
          known.orElse(
              options.through().isPresent() ? RelationKind.MANY_TO_MANY : RelationKind.FOREIGN_KEY);
      if (kind == RelationKind.ONE_TO_ONE
          && field
              .argument("parent_link", -1)
              .map(PyValue::text)
              .filter("True"::equals)
              .isPresent()) {
        kind = RelationKind.PARENT_LINK;
      }
      Optional<ModelLabel> target =
          Targets.label(to.get(), owner.appLabel(), owner.objectName(), settings)
              .filter(MigrationState::isLabel)
              .map(ModelLabel::parse)
              .map(this::canonical);
      return Optional.of(
          new RelationField(
              file.file(),
              field.line(),
              owner,
              name,
              field.callee(),
              kind,
              to.get().text(),
              target,
              options,
              Optional.empty(),
              RelationOrigin.MIGRATIONS));
    }

    /** A target label with the class name as the state's model has it, when known. */
    private ModelLabel canonical(ModelLabel label) {
      ModelEntry model = models.get(key(label.appLabel(), label.objectName()));
      return model == null ? label : model.label;
    }

    private static RelationOptions options(PyValue.CallValue field) {
      return new RelationOptions(
          option(field, "on_delete", 1),
          option(field, "null", -1),
          option(field, "related_name", -1),
          option(field, "related_query_name", -1),
          option(field, "through", -1),
          option(field, "db_column", -1),
          option(field, "db_constraint", -1),
          option(field, "to_field", -1),
          option(field, "db_table", -1),
          option(field, "symmetrical", -1));
    }

    private static Optional<String> option(PyValue.CallValue field, String keyword, int position) {
      return field.argument(keyword, position).map(PyValue::text);
    }

    private static String key(String app, String model) {
      return app + "." + DjangoNames.modelName(model);
    }

    private static boolean identifier(String name) {
      return AsciiIdentifiers.is(name);
    }
  }

  /** Whether {@code text} is {@code app_label.ModelName} (two ASCII identifiers). */
  private static boolean isLabel(String text) {
    int dot = text.indexOf('.');
    return dot > 0
        && AsciiIdentifiers.is(text.substring(0, dot))
        && AsciiIdentifiers.is(text.substring(dot + 1));
  }
}
