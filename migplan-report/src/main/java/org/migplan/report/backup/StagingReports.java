package org.migplan.report.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migplan.core.backup.TableComparison;
import org.migplan.core.stage.StagingCopy;
import org.migplan.report.json.JsonDocuments;

/** A staging copy (and the fixture written from it) as text and as JSON. */
public final class StagingReports {
  private StagingReports() {}

  /**
   * @param fixture the fixture file as shown to the user, empty when none was written
   * @param fixtureObjects the number of objects in the fixture
   */
  public static String json(StagingCopy copy, String fixture, long fixtureObjects) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("source", copy.source());
    document.put("staging", copy.target());
    document.put("method", copy.method());
    document.put("verified", copy.verified());
    List<Map<String, Object>> tables = new ArrayList<>();
    for (TableComparison table : copy.tables()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("table", table.table());
      row.put("source_rows", table.liveRows());
      row.put("staging_rows", table.backupRows());
      row.put("checksum_match", table.checksumMatch());
      tables.add(row);
    }
    document.put("tables", tables);
    document.put("problems", copy.problems());
    if (!fixture.isEmpty()) {
      Map<String, Object> written = new LinkedHashMap<>();
      written.put("file", fixture);
      written.put("objects", fixtureObjects);
      document.put("fixture", written);
    }
    return JsonDocuments.write(document);
  }

  public static String text(StagingCopy copy, String fixture, long fixtureObjects) {
    StringBuilder text = new StringBuilder();
    text.append("staging:  ").append(copy.target()).append(" (copy of ").append(copy.source());
    text.append(" by ").append(copy.method()).append(")\n");
    text.append("verified: ").append(copy.verified() ? "yes" : "NO");
    long matching = copy.tables().stream().filter(TableComparison::matches).count();
    text.append(" (").append(matching).append(" of ").append(copy.tables().size());
    text.append(" tables with the same rows and checksum)\n");
    if (!copy.problems().isEmpty()) {
      text.append("problems:\n");
      copy.problems().forEach(p -> text.append("  - ").append(p).append('\n'));
    }
    if (!fixture.isEmpty()) {
      text.append("fixture:  ")
          .append(fixture)
          .append(" (")
          .append(fixtureObjects)
          .append(" objects)\n");
    }
    return text.toString();
  }
}
