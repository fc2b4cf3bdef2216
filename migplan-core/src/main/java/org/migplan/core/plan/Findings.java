package org.migplan.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migplan.core.django.ClassNamedIndex;
import org.migplan.core.django.DdlStatement;
import org.migplan.core.django.HistoricalModel;
import org.migplan.core.django.HistoricalRename;
import org.migplan.core.django.MigrationFiles;
import org.migplan.core.django.RelatedNameChange;
import org.migplan.core.django.Relation;
import org.migplan.core.django.RelationKind;
import org.migplan.core.django.RenameBehaviour;
import org.migplan.core.naming.DjangoNames;
import org.migplan.core.source.CrossCheckFinding;

/** The risks of one rename, each with its evidence and mitigation (§3). */
final class Findings {
  /** Locks held longer than this are a medium risk; ten times longer, high. */
  static final double NOTICEABLE_LOCK_SECONDS = 1.0;

  private final PlanInput input;
  private final RenameBehaviour behaviour;
  private final List<Relation> relations;
  private final List<DdlStatement> ddl;
  private final LockEstimate locks;
  private final String oldTable;
  private final List<Finding> findings = new ArrayList<>();

  Findings(
      PlanInput input,
      RenameBehaviour behaviour,
      List<Relation> relations,
      List<DdlStatement> ddl,
      LockEstimate locks,
      String oldTable) {
    this.input = input;
    this.behaviour = behaviour;
    this.relations = relations;
    this.ddl = ddl;
    this.locks = locks;
    this.oldTable = oldTable;
  }

  List<Finding> all() {
    rowsAtStake();
    referencingRows();
    createPlusDelete();
    historicalModels();
    inheritance();
    swappableModel();
    conflictingMigrations();
    renameClashes();
    unmigratedConstraints();
    templatedRelatedNames();
    symmetricalSelfManyToMany();
    contentType();
    permissions();
    hiddenForeignKeys();
    engineSpecific();
    lockDuration();
    unmanaged();
    alreadyRenamed();
    crossCheck();
    permissionCodenamesTaken();
    backup();
    sourceOnly();
    codeReferences();
    return List.copyOf(findings);
  }

  private void add(Severity severity, String id, String title, String evidence, String mitigation) {
    findings.add(new Finding(id, severity, title, evidence, mitigation));
  }

  private String model() {
    return input.model().toString();
  }

  private void rowsAtStake() {
    Optional<DatabaseFacts> database = input.database();
    if (database.isEmpty()) {
      return;
    }
    TableFacts target = database.get().target();
    add(
        target.rows() == 0 ? Severity.INFO : Severity.LOW,
        "rows-at-stake",
        String.format(Locale.ROOT, "%,d rows in %s are at stake", target.rows(), target.table()),
        String.format(
            Locale.ROOT,
            "%s count of %s: %,d rows%s",
            target.exact() ? "exact" : "estimated",
            target.table(),
            target.rows(),
            target.bytes().isPresent()
                ? String.format(Locale.ROOT, ", %,d bytes with indexes", target.bytes().getAsLong())
                : ""),
        "RenameModel keeps every row; the rows are lost only if the migration becomes CreateModel +"
            + " DeleteModel (see create-plus-delete). Keep a verified backup until the change is"
            + " signed off.");
  }

  private void referencingRows() {
    List<Relation> withColumns = relations.stream().filter(Relation::hasColumn).toList();
    if (withColumns.isEmpty() || input.source().proxy()) {
      return; // a proxy's rename leaves every table and key as it is
    }
    long counted = withColumns.stream().filter(r -> r.rows().isPresent()).count();
    long rows = withColumns.stream().mapToLong(r -> r.rows().orElse(0)).sum();
    long tables = withColumns.stream().map(Relation::table).distinct().count();
    String evidence =
        String.format(
            Locale.ROOT,
            "%d relations in %d tables; %,d referencing rows counted in %d of them",
            withColumns.size(),
            tables,
            rows,
            counted);
    add(
        rows > 0 ? Severity.MEDIUM : Severity.LOW,
        "referencing-rows",
        "Other tables hold references to " + model(),
        evidence,
        "Record the counts (they are in plan.json and the rollback script) and compare them after"
            + " the migration and after any rollback.");
  }

  private void createPlusDelete() {
    Boolean pending = input.source().pendingModelChanges();
    String evidence =
        pending == null
            ? "migplan cannot run makemigrations; whether the model matches its last migration"
                + " state was not checked"
            : pending
                ? "the sources differ from the migrations"
                    + (input.source().pendingChanges().isEmpty()
                        ? ""
                        : ": " + String.join("; ", input.source().pendingChanges()))
                : "the model's fields match its last migration state";
    Severity severity =
        Boolean.TRUE.equals(pending)
            ? Severity.HIGH
            : Boolean.FALSE.equals(pending) ? Severity.LOW : Severity.MEDIUM;
    if (input.source().proxy()) {
      add(
          severity == Severity.HIGH ? Severity.HIGH : Severity.MEDIUM,
          "create-plus-delete",
          "makemigrations never detects a proxy's rename: it writes DeleteModel + CreateModel",
          evidence
              + ". Django's autodetector looks for renames among concrete models only; for a"
              + " proxy no rows are at stake, but the new proxy gets a new content type and new"
              + " permissions, and the grants on the old ones are lost once stale content types"
              + " are removed.",
          "Use the migration file migplan wrote (RenameModel keeps the content type and renames"
              + " the permissions) instead of makemigrations, and re-run 'makemigrations --check'"
              + " afterwards (it must report no changes).");
      return;
    }
    add(
        severity,
        "create-plus-delete",
        "makemigrations writes CreateModel + DeleteModel (data loss) unless the state is clean",
        evidence
            + ". makemigrations detects a rename only when every field deconstructs identically"
            + " and the question is answered yes; --noinput answers no.",
        "Run 'python manage.py makemigrations --check --dry-run' before renaming and commit any"
            + " pending migration first; then use the migration file migplan wrote instead of"
            + " makemigrations, and re-run the check afterwards (it must report no changes).");
  }

  /** django-simple-history's generated models: renamed with the model, or their table is lost. */
  private void historicalModels() {
    String app = input.model().appLabel();
    String oldName = input.model().objectName();
    String newName = input.newObjectName();
    String oldVerbose =
        input.source().verboseName().isEmpty()
            ? DjangoNames.verboseName(oldName)
            : input.source().verboseName();
    String newVerbose =
        input.source().verboseName().isEmpty()
            ? DjangoNames.verboseName(newName)
            : input.source().verboseName();
    List<HistoricalRename> renames = Planner.historicalRenames(input, oldVerbose, newVerbose);
    for (HistoricalModel model : input.source().historicalModels()) {
      Optional<String> before = model.objectName(oldName);
      Optional<String> after = model.objectName(newName);
      String generated = before.orElse("the model named by custom_model_name");
      Optional<String> table = model.table(app, oldName, input.engine().maxIdentifierLength());
      Optional<TableFacts> counted = table.flatMap(t -> input.database().flatMap(d -> d.table(t)));
      StringBuilder evidence =
          new StringBuilder(generated)
              .append(" is generated by ")
              .append(
                  model.form().equals("register")
                      ? "register(" + oldName + ")"
                      : "HistoricalRecords()")
              .append(model.form().equals("inherited") ? " inherited from a base" : "")
              .append(" at ")
              .append(model.location())
              .append("; its table ")
              .append(table.orElse("(named by a non-literal option)"));
      if (counted.isPresent()) {
        evidence.append(
            String.format(
                Locale.ROOT,
                " holds %,d %s rows",
                counted.get().rows(),
                counted.get().exact() ? "counted" : "estimated"));
      } else if (input.database().isPresent()) {
        evidence.append(" was not found in the database");
      } else {
        evidence.append(" was not counted (no --db)");
      }
      if (!model.dynamic().isEmpty()) {
        evidence.append("; not literals: ").append(String.join(", ", model.dynamic()));
      }
      Optional<HistoricalRename> rename =
          renames.stream()
              .filter(r -> before.isPresent() && r.oldObjectName().equals(before.get()))
              .findFirst();
      String noInput =
          "makemigrations --noinput answers no to \"Did you rename "
              + app
              + "."
              + generated
              + "?\" and writes CreateModel + DeleteModel, which drops the history table.";
      Optional<String> historyApp = model.appLabel(app);
      if (before.isPresent() && after.isPresent() && before.equals(after)) {
        add(
            Severity.LOW,
            "historical-model",
            "History of " + model() + " is kept under its fixed name " + before.get(),
            evidence.toString(),
            "custom_model_name fixes the generated name, so its table stays."
                + (rename.map(HistoricalRename::alterOptions).orElse(false)
                    ? " The migration only updates its verbose names (AlterModelOptions)."
                    : " Check that makemigrations --check reports no change after the rename."));
      } else if (rename.isPresent() && rename.get().renamesModel()) {
        HistoricalRename r = rename.get();
        // the generated migration keeps the history; what is left is not to let makemigrations
        // write its own version of the rename
        add(
            counted.map(t -> t.rows() > 0).orElse(true) ? Severity.MEDIUM : Severity.LOW,
            "historical-model",
            "The history of "
                + model()
                + " is lost unless "
                + r.oldObjectName()
                + " is renamed to "
                + r.newObjectName(),
            evidence.toString(),
            "The generated migration renames "
                + r.oldObjectName()
                + " to "
                + r.newObjectName()
                + " (RenameModel keeps the history rows)"
                + (r.alterOptions()
                    ? " and sets its verbose names as makemigrations would (AlterModelOptions)"
                    : "; its verbose names are not literals, so makemigrations then writes an"
                        + " AlterModelOptions for them, which only changes Django's state")
                + ". Do not let makemigrations write this rename: "
                + noInput
                + " Compare the history table's row count after migrating and after a rollback.");
      } else {
        add(
            Severity.HIGH,
            "historical-model",
            "migplan cannot rename the history model of " + model() + "; write it by hand",
            evidence.toString(),
            (historyApp.isPresent() && !historyApp.get().equals(app)
                    ? "It lives in app "
                        + historyApp.get()
                        + ": add RenameModel("
                        + str(before)
                        + ", "
                        + str(after)
                        + ") to a migration of that app depending on the rename. "
                    : "Its name is not a literal: add RenameModel(<old history model>, <new history"
                        + " model>) to the generated migration. ")
                + noInput
                + " Answer yes when makemigrations asks, or write the operation yourself.");
      }
    }
  }

  private static String str(Optional<String> name) {
    return name.map(n -> "'" + n + "'").orElse("<name>");
  }

  private void inheritance() {
    SourceFacts source = input.source();
    if (!source.mtiChildren().isEmpty()) {
      add(
          Severity.HIGH,
          "mti-parent",
          model() + " is a multi-table inheritance parent",
          "concrete children: "
              + String.join(", ", source.mtiChildren())
              + ". makemigrations writes RenameModel + RenameField, and migrate crashes with"
              + " InvalidBasesError (children's bases are not repointed; Django ticket #23521).",
          "Use the hand-written migrations migplan wrote (a RenameModel subclass that repoints"
              + " the children's bases and alters their parent links, and a RenameField of each"
              + " <old>_ptr in the child's own app); rehearse them on the staging copy first.");
    }
    if (!source.proxies().isEmpty()) {
      add(
          Severity.HIGH,
          "proxy-subclasses",
          model() + " has proxy models: a plain RenameModel crashes",
          "proxies: "
              + String.join(", ", source.proxies())
              + ". Their migration state names "
              + input.model().labelLower()
              + " as a base; RenameModel does not repoint it and migrate fails with"
              + " InvalidBasesError (Django ticket #23521).",
          "Use the migration migplan wrote: its RenameModel subclass repoints every base that"
              + " names the model.");
    }
    if (!source.mtiParents().isEmpty()) {
      add(
          Severity.LOW,
          "mti-child",
          model() + " inherits concretely from " + String.join(", ", source.mtiParents()),
          "the parents gain a new accessor name (the child's model_name); the child's own"
              + " <parent>_ptr link keeps its name",
          "Update code that uses parent."
              + input.model().modelName()
              + " to parent."
              + input.newModel().modelName()
              + ".");
    }
  }

  private void swappableModel() {
    String setting = input.source().swappableSetting();
    if (input.source().authUserModel()) {
      add(
          Severity.HIGH,
          "auth-user-model",
          model() + " is the AUTH_USER_MODEL: renaming it is not supported",
          "settings.AUTH_USER_MODEL names "
              + model()
              + "; Django 3.2 makemigrations crashes and"
              + " later versions write a migration that migrate cannot apply (earlier migrations'"
              + " to=settings.AUTH_USER_MODEL resolve to the new name).",
          "Do not rename the user model; keep the class and change only verbose names, or plan a"
              + " new user model with a data migration.");
    } else if (!setting.isEmpty()) {
      List<String> pointing =
          relations.stream()
              .filter(r -> r.pointsAt(input.model()))
              .map(r -> r.declaringModel() + "." + r.field())
              .distinct()
              .toList();
      add(
          Severity.HIGH,
          "swappable-model",
          model() + " is the swappable " + setting + " model: renaming it is not supported",
          "settings."
              + setting
              + " stands for "
              + model()
              + ", and Django reads the setting each time it loads the migrations: once it names"
              + " the new label, relations the migrations wrote before the rename (Django writes"
              + " every relation to a swappable model as to=settings."
              + setting
              + ") point at a model that does not exist yet, and migrate stops with lazy-reference"
              + " errors; and where the model's CreateModel carries swappable='"
              + setting
              + "' (Django writes it while Meta.swappable is set), the model counts as swapped out"
              + " on a fresh database (tests, new environments): no table is made and the rename"
              + " fails. "
              + (pointing.isEmpty()
                  ? "No relation points at it today."
                  : pointing.size()
                      + " relation(s) point at it: "
                      + String.join(", ", pointing)
                      + "."),
          "Do not rename a swappable model; keep the class and change only verbose names, or"
              + " plan a new model with a data migration and point settings."
              + setting
              + " at it.");
    }
  }

  /** Apps whose migrations end in several leaves: Django migrates none of it until merged. */
  private void conflictingMigrations() {
    List<String> conflicts = new ArrayList<>();
    List<String> own = input.source().migrationLeaves();
    if (own.size() > 1) {
      conflicts.add(input.model().appLabel() + " (" + String.join(", ", own) + ")");
    }
    for (MigrationFiles app : input.source().relatedApps()) {
      if (app.conflicting()) {
        conflicts.add(app.appLabel() + " (" + String.join(", ", app.leaves()) + ")");
      }
    }
    if (conflicts.isEmpty()) {
      return;
    }
    add(
        Severity.HIGH,
        "conflicting-migrations",
        "Conflicting migrations: " + String.join("; ", conflicts),
        "each app named has several leaf migrations (none of its other migrations depends on"
            + " them); Django's migrate and makemigrations stop with 'Conflicting migrations"
            + " detected' until a merge migration depends on all of them, so the rename migration"
            + " cannot be applied, and it depends on one leaf only.",
        "Merge them first (python manage.py makemigrations --merge, reviewed and committed), then"
            + " run migplan plan again so that the rename depends on the merge.");
  }

  /** Reverse names the new model name makes clash: Django's system checks then stop the project. */
  private void renameClashes() {
    List<String> clashes = input.source().renameClashes();
    if (clashes.isEmpty()) {
      return;
    }
    add(
        Severity.HIGH,
        "reverse-name-clash",
        clashes.size() + " reverse name(s) clash after the rename",
        "relations of "
            + model()
            + " without related_name/related_query_name take their reverse names from the model's"
            + " name; after the rename Django's system checks (run by migrate, runserver and the"
            + " tests) stop with: "
            + String.join("; ", clashes)
            + ".",
        "In the same change, give each such relation a related_name (and related_query_name)"
            + " that keeps today's reverse names, or rename the clashing field; makemigrations then"
            + " adds an AlterField, which runs no SQL.");
  }

  /** Constraints named with %(class)s that no migration of the app writes: nothing to re-add. */
  private void unmigratedConstraints() {
    List<String> names =
        input.source().classNamedIndexes().stream()
            .filter(i -> i.constraint() && i.migrated().isEmpty())
            .map(ClassNamedIndex::template)
            .toList();
    if (names.isEmpty()) {
      return;
    }
    add(
        Severity.MEDIUM,
        "unmigrated-constraint",
        "Constraints named with %(class)s that the migrations do not create: "
            + String.join(", ", names),
        "no migration of "
            + input.model().appLabel()
            + " adds them, so the rename migration cannot re-add them under the new name as"
            + " Django wrote them, and makemigrations still has an AddConstraint to write.",
        "Run makemigrations for the app first (and migrate), then run migplan plan again.");
  }

  /** related_names written with %(class)s: they change with the class, in code and in the state. */
  private void templatedRelatedNames() {
    List<RelatedNameChange> changes = input.source().relatedNameChanges();
    if (changes.isEmpty()) {
      return;
    }
    List<String> left =
        changes.stream().filter(c -> c.migrated().isEmpty()).map(RelatedNameChange::field).toList();
    add(
        left.isEmpty() ? Severity.INFO : Severity.MEDIUM,
        "templated-related-name",
        changes.size() + " related_name(s) follow the class name and change with it",
        "written with %(class)s or %(model_name)s (often on an abstract base): "
            + String.join("; ", changes.stream().map(RelatedNameChange::describe).toList())
            + ". The reverse accessors and lookups change (listed among the references), and"
            + " the migration state keeps the filled-in name, so the state needs an AlterField"
            + " of each field (no SQL): "
            + (left.isEmpty()
                ? "the rename migration writes them."
                : "the rename migration does not write it for "
                    + String.join(", ", left)
                    + " (no migration of the app defines the field with that related_name)."),
        left.isEmpty()
            ? "Update the code that uses the old reverse accessors (listed among the references)."
            : "After applying the rename migration, run makemigrations for the app and commit the"
                + " AlterField it writes (it runs no SQL); or give the fields a fixed related_name"
                + " that keeps today's name.");
  }

  private void symmetricalSelfManyToMany() {
    for (Relation relation : relations) {
      if (relation.kind() == RelationKind.MANY_TO_MANY && relation.symmetrical()) {
        add(
            behaviour.writesHiddenSymmetricalRelatedName() ? Severity.HIGH : Severity.MEDIUM,
            "symmetrical-self-m2m",
            "Symmetrical self many-to-many " + relation.field() + " blocks rename detection",
            "Django 3.2 writes related_name='_"
                + input.model().appLabel()
                + "_"
                + input.model().modelName()
                + "_"
                + relation.field()
                + "_+' into migrations while the model says '"
                + relation.field()
                + "_rel_+'; the field lists differ, so makemigrations never detects the rename"
                + " (Create+Delete). Later releases first want an AlterField on a project still"
                + " carrying such a migration.",
            "Use migplan's migration (RenameModel written explicitly) rather than makemigrations;"
                + " on Django 4.0+ apply any pending AlterField of "
                + relation.field()
                + " in its own migration first.");
      }
    }
  }

  private void contentType() {
    Optional<DatabaseFacts> database = input.database();
    long genericRows = database.map(DatabaseFacts::genericRows).orElse(0L);
    long adminRows = database.map(DatabaseFacts::adminLogRows).orElse(0L);
    boolean genericRelation =
        relations.stream().anyMatch(r -> r.kind() == RelationKind.GENERIC_RELATION);
    String evidence =
        database.isEmpty()
            ? "content type not read (no database)"
            : database.get().contentTypeId().isPresent()
                ? String.format(
                    Locale.ROOT,
                    "content type id %d; %,d generic relation rows and %,d admin log rows point at"
                        + " it",
                    database.get().contentTypeId().getAsLong(),
                    genericRows,
                    adminRows)
                : "no content type row for " + input.model().labelLower();
    if (database.isPresent() && database.get().newContentTypeExists()) {
      add(
          Severity.HIGH,
          "content-type-conflict",
          "A content type for " + input.newModel().labelLower() + " already exists",
          evidence
              + "; migrate's RenameContentType hits the unique constraint and silently"
              + " skips the rename, leaving the old row stale.",
          "Find what created it (a --fake migrate, an earlier attempt); delete or merge it on a"
              + " staging copy first, then re-plan.");
    }
    Severity severity = genericRows > 0 || genericRelation ? Severity.MEDIUM : Severity.LOW;
    add(
        severity,
        "content-type",
        "The content type is renamed in place by migrate, and only by migrate",
        evidence
            + ". migrate keeps the id (generic rows and admin log stay valid); migrate --fake"
            + " leaves it and a later migrate adds a second one; remove_stale_contenttypes run"
            + " between deploying the code and migrating deletes the content type and cascades"
            + " into permissions, grants and generic rows.",
        "Run migrate with the deploy, never --fake; do not run remove_stale_contenttypes until"
            + " the migration is applied everywhere.");
  }

  private void permissions() {
    Optional<DatabaseFacts> database = input.database();
    long grants = database.map(DatabaseFacts::grants).orElse(-1L);
    String evidence =
        grants < 0
            ? "grants not read (no database)"
            : String.format(
                Locale.ROOT,
                "%,d group and user grants on %s",
                grants,
                String.join(
                    ", ",
                    database.get().permissions().stream()
                        .map(p -> p.codename() + " (" + p.grants() + ")")
                        .toList()));
    if (behaviour.djangoRenamesPermissions()) {
      add(
          Severity.LOW,
          "permission-grants",
          "Django " + input.version() + " renames the default permissions itself",
          evidence
              + "; post_migrate renames them in place, and raises RuntimeError without"
              + " renaming any if a target codename exists.",
          "Check that no *_"
              + input.newModel().modelName()
              + " permission exists before"
              + " migrating; update has_perm strings in code.");
      return;
    }
    add(
        grants == 0 ? Severity.LOW : Severity.MEDIUM,
        "permission-grants",
        "Django " + input.version() + " does not rename permissions: holders would lose access",
        evidence
            + ". RenameModel keeps the old codenames and post_migrate adds new *_"
            + input.newModel().modelName()
            + " rows with no grants; the admin checks the new codenames.",
        "The migration migplan wrote includes a reversible RunPython that renames the"
            + " codenames, so grants follow; update permission strings in code and templates.");
  }

  private void hiddenForeignKeys() {
    List<String> hidden =
        relations.stream()
            .filter(Relation::leftAloneByRenameModel)
            .map(r -> r.declaringModel() + "." + r.field())
            .toList();
    if (!hidden.isEmpty()) {
      add(
          Severity.INFO,
          "hidden-foreign-keys",
          "Foreign keys with related_name='+' are left alone by RenameModel",
          String.join(", ", hidden),
          "Nothing to do in the database (the constraint follows the table); check these"
              + " fields' code by hand, as no reverse accessor names them.");
    }
  }

  private void engineSpecific() {
    if (!input.engine().rebuildsTablesToAlterFields()) {
      return;
    }
    List<String> rebuilt =
        ddl.stream()
            .filter(DdlStatement::scans)
            .map(DdlStatement::scannedTable)
            .distinct()
            .toList();
    if (!rebuilt.isEmpty()) {
      add(
          Severity.MEDIUM,
          "sqlite-table-rebuilds",
          "SQLite rebuilds every referencing table",
          "tables copied row by row: " + String.join(", ", rebuilt),
          "Migrate in a quiet period; the database is write-locked until the copies finish.");
    }
  }

  private void lockDuration() {
    if (locks.exclusiveTables().isEmpty()) {
      return;
    }
    Severity severity =
        locks.seconds() >= 10 * NOTICEABLE_LOCK_SECONDS
            ? Severity.HIGH
            : locks.seconds() >= NOTICEABLE_LOCK_SECONDS ? Severity.MEDIUM : Severity.LOW;
    add(
        severity,
        "lock-duration",
        String.format(
            Locale.ROOT,
            "%d tables stay locked for about %.1f s",
            locks.exclusiveTables().size(),
            locks.seconds()),
        "exclusively locked until COMMIT: "
            + String.join(", ", locks.exclusiveTables())
            + "; "
            + locks.basis(),
        "Migrate in a maintenance window or at low traffic; set lock_timeout on the migrating"
            + " session so it fails fast instead of queueing behind long transactions.");
  }

  private void unmanaged() {
    SourceFacts source = input.source();
    if (source.proxy()) {
      add(
          Severity.INFO,
          "no-database-operation",
          model() + " is a proxy: RenameModel leaves the database alone",
          "a proxy has no table of its own: its rows are "
              + oldTable
              + "'s, which keeps its name; the rename changes the proxy's content type (renamed in"
              + " place by migrate) and its permission codenames",
          "Nothing to do for the table; check the permission grants (see permission-grants).");
      return;
    }
    if (!source.managed()) {
      add(
          Severity.MEDIUM,
          "no-database-operation",
          model() + " is unmanaged: RenameModel skips the database",
          "Meta.managed = False; with a default"
              + " db_table the renamed model points at "
              + oldTable
              + "'s new default name,"
              + " which does not exist",
          "Set Meta.db_table = '"
              + oldTable
              + "' on the renamed model, or rename the table"
              + " yourself.");
    }
  }

  private void alreadyRenamed() {
    input
        .database()
        .filter(DatabaseFacts::newTableExists)
        .ifPresent(
            d ->
                add(
                    Severity.HIGH,
                    "new-table-exists",
                    "A table with the new name already exists",
                    "the database already has the table the rename would create",
                    "Find out whether a rename was already applied or half-applied"
                        + " (django_migrations, --fake); resolve it before planning."));
  }

  /** Disagreements between the declarations and the database's foreign keys. */
  private void crossCheck() {
    for (CrossCheckFinding disagreement :
        input.database().map(DatabaseFacts::crossCheck).orElse(List.of())) {
      String where = disagreement.table() + "." + disagreement.column();
      if (disagreement.kind() == CrossCheckFinding.Kind.UNDECLARED_FOREIGN_KEY) {
        add(
            Severity.MEDIUM,
            "undeclared-foreign-key",
            "The database has a foreign key " + where + " that no model declares",
            disagreement.detail()
                + ". RenameModel does not know it: Django will neither repoint nor re-add it.",
            "Find who owns "
                + disagreement.table()
                + " (a removed field not migrated, a table outside Django, a constraint added by"
                + " hand); check it still points at the renamed table after rehearsing on staging.");
      } else {
        boolean withoutConstraint =
            disagreement.cause() == CrossCheckFinding.Cause.DB_CONSTRAINT_FALSE;
        add(
            withoutConstraint ? Severity.LOW : Severity.MEDIUM,
            "missing-foreign-key",
            "The declaration at "
                + disagreement.declaration()
                + " has no foreign key "
                + where
                + " in the database",
            disagreement.detail() + ".",
            withoutConstraint
                ? "Nothing to repoint; check the column for orphans (no constraint keeps them out)"
                    + " before and after the rename."
                : "Apply or investigate the missing migration first: migrate may try to create"
                    + " this constraint during the rename, validating every row, and orphan rows"
                    + " make it fail.");
      }
    }
  }

  /** A permission of the model's content type already carries a codename the rename would take. */
  private void permissionCodenamesTaken() {
    input
        .database()
        .ifPresent(
            d -> {
              List<String> taken =
                  DjangoNames.DEFAULT_PERMISSION_ACTIONS.stream()
                      .map(a -> DjangoNames.permissionCodename(a, input.newObjectName()))
                      .filter(
                          codename ->
                              d.permissions().stream().anyMatch(p -> p.codename().equals(codename)))
                      .toList();
              if (!taken.isEmpty()) {
                add(
                    Severity.HIGH,
                    "permission-codename-taken",
                    "The content type already has permissions named for the new model",
                    "auth_permission rows " + String.join(", ", taken) + " exist already",
                    "Merge or delete them (and move their grants) on staging first; renaming the"
                        + " codenames would violate (content_type, codename) uniqueness.");
              }
            });
  }

  private void backup() {
    if (input.backup().isEmpty()) {
      add(
          Severity.MEDIUM,
          "no-verified-backup",
          "No backup was verified",
          "no --backups given",
          "Take a backup and verify it by restoring (migplan verify-backup), then re-plan so the"
              + " rollback script can restore it.");
    } else if (!input.backup().get().verified()) {
      add(
          Severity.HIGH,
          "backup-not-verified",
          "The backup did not verify",
          input.backup().get().file() + ": " + input.backup().get().how(),
          "Take a new backup and verify it before migrating.");
    }
  }

  private void sourceOnly() {
    if (input.database().isEmpty()) {
      add(
          Severity.MEDIUM,
          "database-not-read",
          "Source-only plan: the database was not read",
          "no --db given: row counts, database foreign keys, content type, grants, applied"
              + " migrations and lock times are not verified",
          "Re-run with --db (read-only) against production or a fresh copy.");
    }
  }

  private void codeReferences() {
    long mustChange =
        input.source().references().stream().filter(CodeReference::mustChange).count();
    long files =
        input.source().references().stream()
            .filter(CodeReference::mustChange)
            .map(CodeReference::file)
            .distinct()
            .count();
    if (mustChange > 0) {
      add(
          mustChange > 20 ? Severity.MEDIUM : Severity.LOW,
          "code-references",
          String.format(Locale.ROOT, "%d references in %d files must change", mustChange, files),
          "found by the source scan (migration files excluded: they are history)",
          "Change them in the same commit as the migration; see 'Code changes'.");
    }
  }
}
