package org.migplan.report.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.backup.BackupFormat;
import org.migplan.core.backup.BackupManifest;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.report.json.JsonDocuments;

/** The manifest {@code migplan backup} writes beside a backup, and reading it back. */
public final class ManifestJson {
  private ManifestJson() {}

  public static String write(BackupManifest manifest) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("file", manifest.file());
    document.put("sha256", manifest.sha256());
    document.put("format", manifest.format().id());
    document.put("engine", manifest.engine());
    document.put("created_at", manifest.createdAt());
    List<Map<String, Object>> tables = new ArrayList<>();
    for (TableSnapshot table : manifest.tables()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("table", table.table());
      row.put("rows", table.rows());
      row.put("checksum", table.checksum());
      tables.add(row);
    }
    document.put("tables", tables);
    document.put("checksum_method", manifest.checksumMethod());
    document.put("migrations", new TreeMap<>(manifest.migrations()));
    document.put("tool_versions", new TreeMap<>(manifest.toolVersions()));
    return JsonDocuments.write(document);
  }

  /** Reads a manifest; anything malformed is a one-line error naming the manifest. */
  public static BackupManifest read(String json, String name) {
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      List<TableSnapshot> tables = new ArrayList<>();
      for (JsonNode table : root.required("tables")) {
        tables.add(
            new TableSnapshot(
                table.required("table").asText(),
                table.required("rows").asLong(),
                table.required("checksum").asText()));
      }
      return new BackupManifest(
          root.required("file").asText(),
          root.required("sha256").asText(),
          format(root.required("format").asText()),
          root.required("engine").asText(),
          root.required("created_at").asText(),
          tables,
          root.path("checksum_method").asText(""),
          strings(root.path("migrations")),
          strings(root.path("tool_versions")));
    } catch (Exception e) {
      throw new MigplanException(
          ErrorCode.BACKUP_NOT_VERIFIED,
          "the manifest "
              + name
              + " cannot be read ("
              + e.getMessage().lines().findFirst().orElse("")
              + "); remove it or write it again with migplan backup");
    }
  }

  private static BackupFormat format(String id) {
    for (BackupFormat format : BackupFormat.values()) {
      if (format.id().equals(id)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown format " + id);
  }

  private static Map<String, String> strings(JsonNode node) {
    Map<String, String> result = new TreeMap<>();
    node.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
    return result;
  }
}
