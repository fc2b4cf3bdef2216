package org.migplan.core.django;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.migplan.core.naming.DjangoNames;

/**
 * The migration file migplan writes for a rename ({@code NNNN_rename_<old>_<new>.py}): RenameModel,
 * the {@code %(class)s} index operations makemigrations would add, and for releases that do not
 * rename permissions a reversible RunPython that renames them so grants follow (§3.6). For an MTI
 * parent it is the hand-written form of §3.10.
 *
 * @param appLabel the app label
 * @param oldObjectName the current class name
 * @param newObjectName the new class name
 * @param newVerboseName the verbose name after the rename (for permission names)
 * @param oldVerboseName the verbose name before the rename
 * @param dependency the app's latest migration, empty when the app has none
 * @param number the migration number, e.g. 2
 * @param mtiChildren object names of the model's MTI children in the same app
 * @param classNamedIndexes indexes whose name follows the model ({@code %(class)s}, or none
 *     written)
 * @param behaviour the Django release's behaviour
 * @param generator e.g. {@code migplan 0.1.0}
 * @param subclassed whether any model names it as a base in the migration state (MTI children in
 *     any app, proxies): a plain RenameModel then fails with InvalidBasesError
 * @param relatedApps the migrations of the other apps whose models relate to the model (relations,
 *     MTI children, proxies): the rename depends on each one's latest migration, as makemigrations
 *     does, so their migration states name the model before it is renamed
 * @param otherAppChildren labels ({@code app.Object}) of MTI children in other apps: each such app
 *     gets a {@link ParentLinkMigration}
 * @param historicalRenames the models django-simple-history generates for the model, renamed along
 *     with it (RenameModel, then AlterModelOptions for their verbose names)
 * @param relatedNameChanges fields whose {@code %(class)s} related_name the rename changes: each
 *     one the app's migrations wrote is altered after the RenameModel (no SQL), so the state
 *     matches the models; the others are left out (the plan reports them)
 * @param severalKeysFrom labels of the other models holding two or more foreign keys or one-to-ones
 *     to the model: before Django 5.2 the rename alters them on the new state's models (see {@link
 *     RenameBehaviour#altersRelatedFieldsOnOldState})
 */
public record RenameMigration(
    String appLabel,
    String oldObjectName,
    String newObjectName,
    String oldVerboseName,
    String newVerboseName,
    Optional<String> dependency,
    int number,
    List<String> mtiChildren,
    List<ClassNamedIndex> classNamedIndexes,
    RenameBehaviour behaviour,
    String generator,
    boolean subclassed,
    List<MigrationFiles> relatedApps,
    List<String> otherAppChildren,
    List<HistoricalRename> historicalRenames,
    List<RelatedNameChange> relatedNameChanges,
    List<String> severalKeysFrom) {

  public RenameMigration {
    severalKeysFrom = severalKeysFrom.stream().sorted().toList();
    relatedNameChanges = relatedNameChanges.stream().filter(c -> c.migrated().isPresent()).toList();
    Objects.requireNonNull(appLabel, "appLabel");
    Objects.requireNonNull(dependency, "dependency");
    mtiChildren = mtiChildren.stream().sorted().toList();
    classNamedIndexes = List.copyOf(classNamedIndexes);
    Objects.requireNonNull(behaviour, "behaviour");
    relatedApps =
        relatedApps.stream()
            .filter(a -> !a.appLabel().equals(appLabel))
            .sorted(java.util.Comparator.comparing(MigrationFiles::appLabel))
            .toList();
    otherAppChildren = otherAppChildren.stream().sorted().toList();
    historicalRenames =
        historicalRenames.stream()
            .sorted(java.util.Comparator.comparing(HistoricalRename::oldObjectName))
            .toList();
  }

  /**
   * The migrations to write into the other apps: one per app holding MTI children of the model,
   * renaming their parent links. Apps without migrations get none (their state has no children).
   */
  public List<ParentLinkMigration> companions() {
    java.util.Map<String, List<String>> byApp = new java.util.TreeMap<>();
    for (String label : otherAppChildren) {
      int dot = label.indexOf('.');
      byApp
          .computeIfAbsent(label.substring(0, dot), a -> new java.util.ArrayList<>())
          .add(label.substring(dot + 1));
    }
    List<ParentLinkMigration> companions = new java.util.ArrayList<>();
    byApp.forEach(
        (app, children) ->
            relatedApps.stream()
                .filter(a -> a.appLabel().equals(app) && a.latest().isPresent())
                .findFirst()
                .ifPresent(
                    files ->
                        companions.add(
                            new ParentLinkMigration(
                                app,
                                files.directory(),
                                files.nextNumber(),
                                files.latest(),
                                appLabel,
                                name(),
                                children,
                                oldObjectName,
                                newObjectName,
                                header()))));
    return List.copyOf(companions);
  }

  /** The {@code (app, migration)} pairs the rename migration depends on, in file order. */
  public List<java.util.Map.Entry<String, String>> dependencies() {
    List<java.util.Map.Entry<String, String>> pairs = new java.util.ArrayList<>();
    dependency.ifPresent(name -> pairs.add(java.util.Map.entry(appLabel, name)));
    for (MigrationFiles app : relatedApps) {
      app.latest().ifPresent(name -> pairs.add(java.util.Map.entry(app.appLabel(), name)));
    }
    if (renamesPermissions()) {
      pairs.add(java.util.Map.entry("auth", behaviour.authDependency()));
      pairs.add(java.util.Map.entry("contenttypes", "0002_remove_content_type_name"));
    }
    return List.copyOf(pairs);
  }

  private String header() {
    return "# Generated by "
        + generator
        + " for Django "
        + behaviour.version().featureRelease()
        + ": rename "
        + appLabel
        + '.'
        + oldObjectName
        + " to "
        + newObjectName
        + ".\n# Review it, then place it in the app's migrations directory unchanged.\n\n";
  }

  /** {@code 0002_rename_bmparliamentmember_student}. */
  public String name() {
    return String.format(
        Locale.ROOT, "%04d_rename_%s_%s", number, lower(oldObjectName), lower(newObjectName));
  }

  public String fileName() {
    return name() + ".py";
  }

  /** The file's text. */
  public String text() {
    StringBuilder py = new StringBuilder(header());
    // the modules an index or constraint re-added as its app's migration wrote it refers to
    java.util.stream.Stream.concat(
            classNamedIndexes.stream()
                .filter(i -> i.constraint() || !behaviour.renamesIndexesInPlace())
                .flatMap(i -> i.migrated().stream()),
            relatedNameChanges.stream().flatMap(c -> c.migrated().stream()))
        .flatMap(c -> c.imports().stream())
        .distinct()
        .sorted()
        .forEach(line -> py.append(line).append('\n'));
    boolean readded =
        !relatedNameChanges.isEmpty()
            || classNamedIndexes.stream()
                .anyMatch(
                    i ->
                        i.constraint()
                            ? i.migrated().isPresent()
                            : !behaviour.renamesIndexesInPlace());
    py.append("from django.db import migrations");
    py.append(readded ? ", models\n" : "\n");
    if (renamesPermissions()) {
      permissionFunctions(py);
    }
    if (repointsBases()) {
      parentRenameClass(py);
    } else if (altersRelatedOnNewState()) {
      newStateRenameClass(py);
    }
    py.append("\n\nclass Migration(migrations.Migration):\n\n");
    dependencies(py);
    operations(py);
    return py.toString();
  }

  /**
   * Whether the rename must alter the fields pointing at the model on the new state's models: a
   * model holds several keys to it and this Django release takes the old state's.
   */
  public boolean altersRelatedOnNewState() {
    return behaviour.altersRelatedFieldsOnOldState() && !severalKeysFrom.isEmpty();
  }

  /** Whether the rename must repoint other models' bases (§3.10). */
  public boolean repointsBases() {
    return subclassed || !mtiChildren.isEmpty();
  }

  public boolean renamesPermissions() {
    return behaviour.migrationRenamesPermissions();
  }

  private void permissionFunctions(StringBuilder py) {
    py.append("\nAPP_LABEL = ").append(str(appLabel)).append('\n');
    py.append("OLD_MODEL = ").append(str(lower(oldObjectName))).append('\n');
    py.append("NEW_MODEL = ").append(str(lower(newObjectName))).append('\n');
    py.append("OLD_VERBOSE_NAME = ").append(str(oldVerboseName)).append('\n');
    py.append("NEW_VERBOSE_NAME = ").append(str(newVerboseName)).append('\n');
    py.append("ACTIONS = (\"add\", \"change\", \"delete\", \"view\")\n");
    List<HistoricalRename> renamed =
        historicalRenames.stream()
            .filter(HistoricalRename::renamesModel)
            .filter(h -> !h.oldVerboseName().isEmpty() && !h.verboseName().isEmpty())
            .toList();
    if (!renamed.isEmpty()) {
      py.append("# django-simple-history's models: old and new model, old and new verbose name\n");
      py.append("HISTORICAL_MODELS = [");
    }
    for (HistoricalRename h : renamed) {
      py.append("\n    (")
          .append(str(lower(h.oldObjectName())))
          .append(", ")
          .append(str(lower(h.newObjectName())))
          .append(", ")
          .append(str(h.oldVerboseName()))
          .append(", ")
          .append(str(h.verboseName()))
          .append("),");
    }
    py.append(renamed.isEmpty() ? "\n\n" : "\n]\n\n\n");
    py.append(
        """
        def _rename_permissions(apps, schema_editor, old_model, new_model, verbose_name):
            \"\"\"Rename the default permissions so existing group and user grants follow.

            Django up to 5.2 leaves them under the old codenames and adds new, ungranted
            ones after migrate, so users would lose access to the renamed model.
            \"\"\"
            Permission = apps.get_model("auth", "Permission")
            Group = apps.get_model("auth", "Group")
            db = schema_editor.connection.alias
            for action in ACTIONS:
                old = (
                    Permission.objects.using(db)
                    .filter(content_type__app_label=APP_LABEL, codename=action + "_" + old_model)
                    .first()
                )
                if old is None:
                    continue
                new = (
                    Permission.objects.using(db)
                    .filter(content_type__app_label=APP_LABEL, codename=action + "_" + new_model)
                    .first()
                )
                if new is None:
                    old.codename = action + "_" + new_model
                    old.name = ("Can %s %s" % (action, verbose_name))[:255]
                    old.save(update_fields=["codename", "name"])
                    continue
                for group in Group.objects.using(db).filter(permissions=old):
                    group.permissions.add(new)
                through = Permission.user_set.through if hasattr(Permission, "user_set") else None
                if through is not None:
                    user_column = [f.name for f in through._meta.fields if f.name not in ("id", "permission")][0]
                    for grant in through.objects.using(db).filter(permission=old):
                        through.objects.using(db).get_or_create(
                            permission=new, **{user_column + "_id": getattr(grant, user_column + "_id")}
                        )


        def rename_permissions_forward(apps, schema_editor):
            _rename_permissions(apps, schema_editor, OLD_MODEL, NEW_MODEL, NEW_VERBOSE_NAME)
        """);
    if (!renamed.isEmpty()) {
      py.append(
          """
              for old_model, new_model, _, new_verbose_name in HISTORICAL_MODELS:
                  _rename_permissions(apps, schema_editor, old_model, new_model, new_verbose_name)
          """);
    }
    py.append(
        """


        def rename_permissions_backward(apps, schema_editor):
            _rename_permissions(apps, schema_editor, NEW_MODEL, OLD_MODEL, OLD_VERBOSE_NAME)
        """);
    if (!renamed.isEmpty()) {
      py.append(
          """
              for old_model, new_model, old_verbose_name, _ in HISTORICAL_MODELS:
                  _rename_permissions(apps, schema_editor, new_model, old_model, old_verbose_name)
          """);
    }
  }

  private void parentRenameClass(StringBuilder py) {
    py.append(
        """


        class RenameParentModel(migrations.RenameModel):
            \"\"\"RenameModel that also repoints the bases of MTI children (Django ticket #23521).\"\"\"

            def state_forwards(self, app_label, state):
                old = "%s.%s" % (app_label, self.old_name_lower)
                new = "%s.%s" % (app_label, self.new_name_lower)
                children = []
                for key, model_state in state.models.items():
                    bases = tuple(
                        new if isinstance(base, str) and base.lower() == old else base
                        for base in model_state.bases
                    )
                    if bases != model_state.bases:
                        model_state.bases = bases
                        children.append(key)
                super().state_forwards(app_label, state)
                state.reload_models(children, delay=True)
        """);
    databaseForwardsOnNewState(
        py,
        altersRelatedOnNewState()
            ? "True"
            : "getattr(new_field.remote_field, \"parent_link\", False)",
        "Alter each child's parent link on the child as rendered in to_state, whose bases\n"
            + "already name the parent's new name: SQLite rebuilds the child's table from that\n"
            + "class, and the old one would clash with the repointed link (FieldError)."
            + (altersRelatedOnNewState() ? "\n" + SEVERAL_KEYS_COMMENT : ""));
  }

  private static final String SEVERAL_KEYS_COMMENT =
      "Every field pointing at the model is altered on its model as rendered in to_state, as\n"
          + "Django 5.2 does: before it, SQLite rebuilt the table of a model with two keys to\n"
          + "the renamed model from the old state, pointing the other key back at the old table.";

  /** The RenameModel subclass for a model other models hold several keys to. */
  private void newStateRenameClass(StringBuilder py) {
    py.append(
        """


        class RenameModelOnNewState(migrations.RenameModel):
            \"\"\"RenameModel that alters the fields pointing at the model as Django 5.2 does.\"\"\"
        """);
    databaseForwardsOnNewState(
        py,
        "True",
        SEVERAL_KEYS_COMMENT
            + "\nModels holding several: "
            + String.join(", ", severalKeysFrom)
            + ".");
  }

  /**
   * A {@code database_forwards} that alters a related field on its model as rendered in to_state
   * when {@code condition} (Python, over {@code new_field}) holds; database_backwards swaps the
   * states and comes through here too.
   */
  private static void databaseForwardsOnNewState(StringBuilder py, String condition, String why) {
    py.append(
        "\n    def database_forwards(self, app_label, schema_editor, from_state, to_state):\n");
    for (String line :
        (why + "\ndatabase_backwards swaps the states and comes through here too.").split("\n")) {
      py.append("        # ").append(line).append('\n');
    }
    py.append("        alter_field = schema_editor.alter_field\n\n")
        .append("        def alter_on_new_state(model, old_field, new_field, *args, **kwargs):\n");
    String indent = condition.equals("True") ? "            " : "                ";
    if (!condition.equals("True")) {
      py.append("            if ").append(condition).append(":\n");
    }
    py.append(indent)
        .append("model = to_state.apps.get_model(\n")
        .append(indent)
        .append("    model._meta.app_label, model._meta.model_name\n")
        .append(indent)
        .append(")\n")
        .append("            return alter_field(model, old_field, new_field, *args, **kwargs)\n\n")
        .append("        schema_editor.alter_field = alter_on_new_state\n")
        .append("        try:\n")
        .append(
            "            super().database_forwards(app_label, schema_editor, from_state, to_state)\n")
        .append("        finally:\n")
        .append("            del schema_editor.alter_field\n");
  }

  private void dependencies(StringBuilder py) {
    py.append("    dependencies = [\n");
    for (java.util.Map.Entry<String, String> pair : dependencies()) {
      py.append("        (")
          .append(str(pair.getKey()))
          .append(", ")
          .append(str(pair.getValue()))
          .append("),\n");
    }
    py.append("    ]\n\n");
  }

  private void operations(StringBuilder py) {
    py.append("    operations = [\n");
    String operation =
        repointsBases()
            ? "RenameParentModel"
            : altersRelatedOnNewState() ? "RenameModelOnNewState" : "migrations.RenameModel";
    py.append("        ")
        .append(operation)
        .append("(\n            old_name=")
        .append(str(oldObjectName))
        .append(",\n            new_name=")
        .append(str(newObjectName))
        .append(",\n        ),\n");
    for (HistoricalRename h : historicalRenames) {
      if (h.renamesModel()) {
        py.append("        migrations.RenameModel(\n            old_name=")
            .append(str(h.oldObjectName()))
            .append(",\n            new_name=")
            .append(str(h.newObjectName()))
            .append(",\n        ),\n");
      }
    }
    renameParentLinks(py, mtiChildren, oldObjectName, newObjectName);
    for (RelatedNameChange change : relatedNameChanges) {
      py.append("        migrations.AlterField(\n            model_name=")
          .append(str(lower(newObjectName)))
          .append(",\n            name=")
          .append(str(change.field()))
          .append(",\n            field=")
          .append(change.migrated().get().withName(str(change.after())))
          .append(",\n        ),\n");
    }
    indexOperations(py);
    for (HistoricalRename h : historicalRenames) {
      if (h.alterOptions()) {
        py.append("        migrations.AlterModelOptions(\n            name=")
            .append(str(lower(h.newObjectName())))
            .append(",\n            options={\n                \"get_latest_by\": ")
            .append(HistoricalModel.GET_LATEST_BY)
            .append(",\n                \"ordering\": ")
            .append(HistoricalModel.ORDERING)
            .append(",\n                \"verbose_name\": ")
            .append(str(h.verboseName()))
            .append(",\n                \"verbose_name_plural\": ")
            .append(str(h.verboseNamePlural()))
            .append(",\n            },\n        ),\n");
      }
    }
    if (renamesPermissions()) {
      py.append("        migrations.RunPython(\n")
          .append("            rename_permissions_forward,\n")
          .append("            rename_permissions_backward,\n")
          .append("        ),\n");
    }
    py.append("    ]\n");
  }

  private void indexOperations(StringBuilder py) {
    for (ClassNamedIndex index : classNamedIndexes) {
      String oldName = index.nameFor(appLabel, oldObjectName);
      String newName = index.nameFor(appLabel, newObjectName);
      if (oldName.equals(newName)) {
        continue; // an unnamed index of a model whose Meta sets its table
      }
      String model = str(lower(newObjectName));
      if (index.constraint()) {
        index.migrated().ifPresent(call -> constraintOperations(py, model, oldName, call, newName));
      } else if (behaviour.renamesIndexesInPlace()) {
        py.append("        migrations.RenameIndex(\n            model_name=")
            .append(model)
            .append(",\n            new_name=")
            .append(str(newName))
            .append(",\n            old_name=")
            .append(str(oldName))
            .append(",\n        ),\n");
      } else {
        py.append("        migrations.RemoveIndex(\n            model_name=")
            .append(model)
            .append(",\n            name=")
            .append(str(oldName))
            .append(",\n        ),\n");
        String added =
            index
                .migrated()
                .map(call -> call.withName(str(newName)))
                .orElseGet(
                    () ->
                        "models.Index(fields=["
                            + String.join(
                                ", ", index.fields().stream().map(RenameMigration::str).toList())
                            + "], name="
                            + str(newName)
                            + ")");
        py.append("        migrations.AddIndex(\n            model_name=")
            .append(model)
            .append(",\n            index=")
            .append(added)
            .append(",\n        ),\n");
      }
    }
  }

  /** RemoveConstraint and AddConstraint: Django has no operation that renames a constraint. */
  private static void constraintOperations(
      StringBuilder py,
      String model,
      String oldName,
      ClassNamedIndex.MigratedCall call,
      String newName) {
    py.append("        migrations.RemoveConstraint(\n            model_name=")
        .append(model)
        .append(",\n            name=")
        .append(str(oldName))
        .append(",\n        ),\n");
    py.append("        migrations.AddConstraint(\n            model_name=")
        .append(model)
        .append(",\n            constraint=")
        .append(call.withName(str(newName)))
        .append(",\n        ),\n");
  }

  /**
   * One {@code RenameField} per MTI child: its parent link {@code <old>_ptr} to {@code <new>_ptr}.
   */
  static void renameParentLinks(
      StringBuilder py, List<String> children, String oldObjectName, String newObjectName) {
    for (String child : children) {
      py.append("        migrations.RenameField(\n            model_name=")
          .append(str(lower(child)))
          .append(",\n            old_name=")
          .append(str(DjangoNames.parentLinkField(oldObjectName)))
          .append(",\n            new_name=")
          .append(str(DjangoNames.parentLinkField(newObjectName)))
          .append(",\n        ),\n");
    }
  }

  private static String lower(String objectName) {
    return DjangoNames.modelName(objectName);
  }

  /** A Python string literal. */
  static String str(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
