package org.migplan.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migplan.core.django.Relation;
import org.migplan.core.django.RenameMigration;

/** The pre-migration checklist and the migration steps for one project. */
final class Procedures {
  private Procedures() {}

  static List<ChecklistItem> checklist(
      PlanInput input, List<Relation> relations, RollbackPlan rollback) {
    List<ChecklistItem> items = new ArrayList<>();
    items.add(
        input
            .backup()
            .map(
                b ->
                    new ChecklistItem(
                        "Backup verified by restore", b.verified(), b.file() + ": " + b.how()))
            .orElse(
                new ChecklistItem(
                    "Backup verified by restore",
                    false,
                    "no backup given; run migplan verify-backup and re-plan with --backups")));
    items.add(
        input
            .database()
            .map(
                d ->
                    new ChecklistItem(
                        "Row counts documented",
                        true,
                        String.format(
                            Locale.ROOT,
                            "%s %s: %,d rows, plus %d related tables, read from %s",
                            d.target().exact() ? "counted" : "estimated",
                            d.target().table(),
                            d.target().rows(),
                            d.tables().size(),
                            d.description())))
            .orElse(new ChecklistItem("Row counts documented", false, "no --db given")));
    boolean scanned = input.source().scanned();
    boolean catalog = input.database().isPresent();
    items.add(
        new ChecklistItem(
            "Relationships mapped",
            scanned && catalog,
            String.format(
                Locale.ROOT,
                "%d relations: %s",
                relations.size(),
                scanned && catalog
                    ? "source declarations merged with the database catalog's foreign keys"
                    : scanned
                        ? "from the sources only; the catalog was not read"
                        : catalog
                            ? "from the catalog only; the sources were not scanned"
                            : "neither the sources nor the catalog were read")));
    items.add(
        input
            .staging()
            .map(s -> new ChecklistItem("Staging copy ready", true, "verified copy at " + s))
            .orElse(
                new ChecklistItem(
                    "Staging copy ready", false, "no --staging given; run migplan stage")));
    items.add(
        new ChecklistItem(
            "Rollback script prepared",
            input.database().isPresent(),
            "rollback_"
                + input.newModel().modelName()
                + "_migration.sh migrates back to "
                + rollback.previousMigration()
                + " (from "
                + rollback.previousMigrationSource()
                + ")"
                + (input.database().isPresent()
                    ? " and checks " + rollback.expectedCounts().size() + " recorded row counts"
                    : "; no row counts recorded")));
    items.add(
        new ChecklistItem(
            "Migration state clean (makemigrations --check)",
            Boolean.FALSE.equals(input.source().pendingModelChanges()),
            input.source().pendingModelChanges() == null
                ? "not verifiable without running Django: run 'python manage.py makemigrations"
                    + " --check --dry-run'"
                : input.source().pendingChanges().isEmpty()
                    ? "determined by the source scan"
                    : "NOT clean: the migrations lack "
                        + String.join("; ", input.source().pendingChanges())
                        + "; run 'python manage.py makemigrations' and commit the result first"));
    return List.copyOf(items);
  }

  static List<String> steps(PlanInput input, RenameMigration migration, RollbackPlan rollback) {
    String app = input.model().appLabel();
    String directory = input.source().migrationsDirectory();
    List<String> steps = new ArrayList<>();
    steps.add(
        "Verify the backup by restoring it: `migplan verify-backup` (the rollback script restores"
            + " it if rolling back is not enough).");
    steps.add(
        "Make sure the state is clean: `python manage.py makemigrations --check --dry-run` must"
            + " report no changes.");
    steps.add(
        "Rename the class "
            + input.model().objectName()
            + " to "
            + input.newObjectName()
            + " and apply the code changes listed below in the same commit.");
    List<org.migplan.core.django.ParentLinkMigration> companions = migration.companions();
    String mainPath = (directory.isEmpty() ? "" : directory + "/") + migration.fileName();
    if (companions.isEmpty()) {
      steps.add(
          "Save the migration below as `"
              + mainPath
              + "`; do not let makemigrations write this one.");
    } else {
      StringBuilder save =
          new StringBuilder("Save the ")
              .append(companions.size() + 1)
              .append(" migrations below, unchanged; do not let makemigrations write them: `")
              .append(mainPath)
              .append("` (app ")
              .append(app)
              .append(": the rename)");
      for (org.migplan.core.django.ParentLinkMigration companion : companions) {
        save.append(", `")
            .append(companion.path())
            .append("` (app ")
            .append(companion.appLabel())
            .append(": the parent links of ")
            .append(String.join(", ", companion.children()))
            .append(", which only a migration of that app can rename)");
      }
      steps.add(save.append('.').toString());
    }
    List<org.migplan.core.django.HistoricalRename> histories =
        migration.historicalRenames().stream()
            .filter(org.migplan.core.django.HistoricalRename::renamesModel)
            .toList();
    if (!histories.isEmpty()) {
      List<String> tables = Planner.historyTables(input);
      steps.add(
          "The migration also renames django-simple-history's "
              + String.join(
                  ", ",
                  histories.stream()
                      .map(h -> h.oldObjectName() + " to " + h.newObjectName())
                      .toList())
              + " so the history is kept"
              + (tables.isEmpty() ? "" : " (" + String.join(", ", tables) + ")")
              + "; if makemigrations ever asks \"Did you rename\" about it, answer yes, and never"
              + " run makemigrations --noinput for this change (it drops the history table).");
    }
    StringBuilder targets =
        new StringBuilder("`python manage.py migrate " + app + " " + migration.name() + "`");
    StringBuilder listed = new StringBuilder(migration.name());
    for (org.migplan.core.django.ParentLinkMigration companion : companions) {
      targets
          .append(" then `python manage.py migrate ")
          .append(companion.appLabel())
          .append(' ')
          .append(companion.name())
          .append('`');
      listed.append(" and ").append(companion.appLabel()).append('.').append(companion.name());
    }
    steps.add(
        "Check it: `python manage.py makemigrations --check --dry-run` reports no changes, and"
            + " `python manage.py migrate --plan` lists only "
            + app
            + "."
            + listed
            + ".");
    steps.add(
        "Rehearse on the staging copy: "
            + targets
            + ", run the tests, compare row counts"
            + (histories.isEmpty() ? "" : " (the history tables' too)")
            + ", then run the rollback script and migrate"
            + " forward again.");
    steps.add(
        "Deploy: in the maintenance window, deploy the code and run "
            + targets
            + " immediately (never --fake); do not run remove_stale_contenttypes.");
    steps.add(
        "After migrating: compare row counts with this plan, open the admin pages of "
            + input.newObjectName()
            + ", and check that users who held "
            + app
            + ".change_"
            + input.model().modelName()
            + " now hold "
            + app
            + ".change_"
            + input.newModel().modelName()
            + ".");
    steps.add(
        "If anything is wrong: `rollback_"
            + input.newModel().modelName()
            + "_migration.sh` (migrates "
            + app
            + " back to "
            + rollback.previousMigration()
            + " and checks the counts"
            + (migration.companions().isEmpty()
                ? ""
                : "; Django first unapplies "
                    + String.join(
                        ", ",
                        migration.companions().stream()
                            .map(c -> c.appLabel() + "." + c.name())
                            .toList())
                    + ", which depends on the rename")
            + "), then redeploy the previous code.");
    return List.copyOf(steps);
  }
}
