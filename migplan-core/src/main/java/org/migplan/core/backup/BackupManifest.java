package org.migplan.core.backup;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What {@code migplan backup} writes beside a backup: the state of the database when it was taken.
 *
 * @param file the backup's file name (in the same directory as the manifest)
 * @param sha256 the file's SHA-256, hex
 * @param format the backup's format
 * @param engine {@code postgresql} or {@code sqlite}
 * @param createdAt when the backup was taken, ISO-8601 UTC
 * @param tables per-table counts and checksums at that time, sorted by table
 * @param checksumMethod how the checksums were computed (engine, server major version, function);
 *     the checksums compare only with checksums of the same method, empty when not recorded
 * @param migrations the latest applied migration per app (from {@code django_migrations})
 * @param toolVersions the tools that made it, e.g. {@code pg_dump} → {@code 15.4}
 */
public record BackupManifest(
    String file,
    String sha256,
    BackupFormat format,
    String engine,
    String createdAt,
    List<TableSnapshot> tables,
    String checksumMethod,
    Map<String, String> migrations,
    Map<String, String> toolVersions) {
  public BackupManifest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(checksumMethod, "checksumMethod");
    tables = tables.stream().sorted(java.util.Comparator.comparing(TableSnapshot::table)).toList();
    migrations = Map.copyOf(new TreeMap<>(migrations));
    toolVersions = Map.copyOf(new TreeMap<>(toolVersions));
  }

  /** The manifest's file name for a backup file name: {@code <file>.manifest.json}. */
  public static String nameFor(String backupFile) {
    return backupFile + ".manifest.json";
  }
}
