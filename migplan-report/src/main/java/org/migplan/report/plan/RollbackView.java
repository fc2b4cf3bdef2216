package org.migplan.report.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migplan.core.plan.BackupFacts;
import org.migplan.core.plan.Plan;

/** The rollback script's values, quoted for bash. */
final class RollbackView {
  private RollbackView() {}

  static Map<String, Object> of(Plan plan, RenderSettings settings) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("generator", oneLine(settings.generator()));
    view.put("date", settings.generatedOn());
    view.put("old", plan.input().model().toString());
    view.put("newName", plan.input().newObjectName());
    view.put("projectFromScript", shell(settings.projectFromOutput()));
    view.put("app", shell(plan.rollback().appLabel()));
    view.put("previous", shell(plan.rollback().previousMigration()));
    view.put("previousSource", oneLine(plan.rollback().previousMigrationSource()));
    view.put("migration", oneLine(plan.migration().name()));
    view.put(
        "scriptName",
        org.migplan.report.ArtifactNames.rollbackScript(plan.input().newObjectName()));
    List<Map<String, Object>> counts =
        plan.rollback().expectedCounts().stream()
            .map(
                t ->
                    StrategyView.row(
                        "table",
                        oneLine(t.table()).replace("\t", " "),
                        "rows",
                        Long.toString(t.rows())))
            .toList();
    view.put("counts", counts);
    view.put("hasCounts", !counts.isEmpty());
    plan.rollback().backup().ifPresent(b -> view.put("backup", backup(plan, b)));
    return view;
  }

  private static Map<String, Object> backup(Plan plan, BackupFacts backup) {
    return StrategyView.row(
        "file",
        shell(backup.file()),
        "verified",
        backup.verified(),
        "how",
        oneLine(backup.how()),
        "restore",
        restoreCommand(plan));
  }

  /** The command restoring the recorded backup; it reads the backup path from {@code $BACKUP}. */
  static String restoreCommand(Plan plan) {
    BackupFacts backup = plan.rollback().backup().orElse(null);
    if (backup != null && !backup.restoreCommand().isEmpty()) {
      return backup.restoreCommand();
    }
    if (plan.input().engine().rebuildsTablesToAlterFields()) {
      return "cp -- \"$BACKUP\" \"${SQLITE_DATABASE:?set SQLITE_DATABASE to the database file}\"";
    }
    return "pg_restore --clean --if-exists --no-owner --single-transaction"
        + " --dbname \"${DATABASE_URL:?set DATABASE_URL to the database to restore}\" \"$BACKUP\"";
  }

  /** A bash single-quoted word. */
  static String shell(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ");
  }
}
