package org.migplan.report.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migplan.core.backup.BackupVerification;
import org.migplan.core.backup.TableComparison;
import org.migplan.report.json.JsonDocuments;

/** A backup verification as text for people and as JSON for machines. */
public final class BackupReports {
  private BackupReports() {}

  public static String json(BackupVerification result) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("backup", result.backup());
    document.put("format", result.format() == null ? null : result.format().id());
    document.put("verified", result.verified());
    List<Map<String, Object>> tables = new ArrayList<>();
    for (TableComparison table : result.tables()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("table", table.table());
      row.put("live_rows", table.liveRows());
      row.put("backup_rows", table.backupRows());
      row.put("checksum_match", table.checksumMatch());
      row.put("critical", table.critical());
      tables.add(row);
    }
    document.put("tables", tables);
    document.put("problems", result.problems());
    document.put("warnings", result.warnings());
    document.put(
        "scratch_database", result.scratchDatabase().isEmpty() ? null : result.scratchDatabase());
    document.put("scratch_kept", result.scratchKept());
    document.put("verification_id", result.verificationId());
    return JsonDocuments.write(document);
  }

  public static String text(BackupVerification result) {
    StringBuilder text = new StringBuilder();
    text.append("backup:   ").append(result.backup());
    if (result.format() != null) {
      text.append(" (").append(result.format().description()).append(')');
    }
    text.append('\n');
    text.append("verified: ").append(result.verified() ? "yes" : "NO").append('\n');
    if (!result.tables().isEmpty()) {
      text.append(tables(result.tables()));
    }
    list(text, "problems", result.problems());
    list(text, "warnings", result.warnings());
    if (result.scratchKept()) {
      text.append("scratch database kept: ").append(result.scratchDatabase()).append('\n');
    }
    return text.toString();
  }

  private static String tables(List<TableComparison> tables) {
    int width = Math.max(5, tables.stream().mapToInt(t -> t.table().length()).max().orElse(0));
    String format = "  %-" + width + "s  %10s  %11s  %-8s%n";
    StringBuilder text = new StringBuilder("tables:\n");
    text.append(
            String.format(format, "table", "live rows", "backup rows", "checksum").stripTrailing())
        .append('\n');
    for (TableComparison t : tables) {
      String line =
          String.format(
              format,
              t.table(),
              t.liveRows() == null ? "-" : t.liveRows(),
              t.backupRows() == null ? "-" : t.backupRows(),
              t.checksumMatch() ? "match" : "DIFFERS");
      text.append(line.stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private static void list(StringBuilder text, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    text.append(title).append(":\n");
    items.forEach(item -> text.append("  - ").append(item).append('\n'));
  }
}
