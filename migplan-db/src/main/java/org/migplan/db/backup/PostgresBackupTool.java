package org.migplan.db.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.backup.BackupFormat;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.postgres.PostgresDialect;

/** PostgreSQL backups with pg_dump, pg_restore and psql. */
public final class PostgresBackupTool implements BackupTool {
  private static final Pattern TABLE_DATA =
      Pattern.compile("^\\d+; \\d+ \\d+ TABLE DATA (\\S+) (.+) (\\S+)$");

  private final ToolRunner tools;
  private final PostgresDatabases databases;
  private final int jobs;

  public PostgresBackupTool(DatabaseUrl url) {
    this.tools = new ToolRunner(url);
    this.databases = new PostgresDatabases(url);
    this.jobs = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  @Override
  public boolean restores(BackupFormat format) {
    return format.isPostgres();
  }

  /**
   * The bytes the user tables hold (heap and TOAST, no indexes: a dump holds no index data, and the
   * system catalogs alone make an empty database several megabytes).
   */
  @Override
  public long liveSize(DatabaseUrl live) {
    return new PostgresDialect()
        .openReadOnly(live, java.time.Duration.ofMinutes(1))
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT coalesce(sum(pg_catalog.pg_table_size(c.oid)), 0)::bigint"
                            + " FROM pg_catalog.pg_class c"
                            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                            + " WHERE c.relkind IN ('r', 'm')"
                            + " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
                            + " AND n.nspname NOT LIKE 'pg\\_toast%'")
                    .mapTo(Long.class)
                    .one());
  }

  @Override
  public Optional<Set<String>> tablesWithData(BackupFormat format, Path backup) throws IOException {
    if (!format.isArchive()) {
      return Optional.empty();
    }
    String toc = tools.capture(List.of("pg_restore", "--list", backup.toString()), "postgres");
    Set<String> tables = new TreeSet<>();
    for (String line : toc.lines().toList()) {
      Matcher m = TABLE_DATA.matcher(line);
      if (m.matches()) {
        tables.add("public".equals(m.group(1)) ? m.group(2) : m.group(1) + "." + m.group(2));
      }
    }
    return Optional.of(tables);
  }

  @Override
  public ScratchDatabase createScratch(DatabaseUrl live, String id, String purpose, boolean keep) {
    String name = "migplan_verify_" + id;
    databases.create(
        name,
        Optional.empty(),
        PostgresDatabases.SCRATCH
            + " "
            + id
            + " (pid "
            + ProcessHandle.current().pid()
            + "): "
            + purpose);
    return new PostgresScratchDatabase(databases, name, keep);
  }

  @Override
  public void restore(BackupFormat format, Path backup, ScratchDatabase scratch)
      throws IOException {
    String database = scratch.url().database();
    if (format.isArchive()) {
      pgRestore(format, backup, database, List.of());
      return;
    }
    List<String> psql =
        List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-f", "-");
    try (InputStream raw = Files.newInputStream(backup);
        InputStream text =
            format == BackupFormat.PLAIN_SQL_GZIP ? new GZIPInputStream(raw, 1 << 16) : raw;
        InputStream guarded = new SingleDatabaseSqlStream(text)) {
      tools.run(psql, database, null, guarded);
    } catch (IOException e) {
      throw new MigplanException(
          ErrorCode.BACKUP_NOT_VERIFIED,
          "reading " + backup.getFileName() + " failed: " + e.getMessage());
    }
  }

  /**
   * An archive is restored in two runs of pg_restore: its pre-data and data sections (tables and
   * their rows), then, while {@code dataRestored} runs, its post-data section (indexes,
   * constraints, triggers, materialized view refreshes), which changes no table's rows.
   */
  @Override
  public void restore(
      BackupFormat format, Path backup, ScratchDatabase scratch, Runnable dataRestored)
      throws IOException {
    if (!format.isArchive()) {
      BackupTool.super.restore(format, backup, scratch, dataRestored);
      return;
    }
    String database = scratch.url().database();
    pgRestore(format, backup, database, List.of("--section=pre-data", "--section=data"));
    dataRestored.run();
    pgRestore(format, backup, database, List.of("--section=post-data"));
  }

  private void pgRestore(BackupFormat format, Path backup, String database, List<String> sections)
      throws IOException {
    List<String> command = new ArrayList<>(List.of("pg_restore", "--no-owner", "--no-privileges"));
    command.add("--exit-on-error");
    if (format != BackupFormat.POSTGRES_TAR && jobs > 1) {
      command.add("--jobs=" + jobs);
    }
    command.addAll(sections);
    command.add("--dbname=" + database);
    command.add(backup.toString());
    tools.run(command, database, null, null);
  }

  @Override
  public BackupFormat dump(DatabaseUrl live, Path file) throws IOException {
    tools.run(List.of("pg_dump", "--format=custom", "--file=" + file), live.database(), null, null);
    return BackupFormat.POSTGRES_CUSTOM;
  }

  @Override
  public Map<String, String> versions(DatabaseUrl live) throws IOException {
    Map<String, String> versions = new TreeMap<>();
    for (String tool : List.of("pg_dump", "pg_restore")) {
      versions.put(tool, tools.capture(List.of(tool, "--version"), live.database()).strip());
    }
    versions.put(
        "server",
        new PostgresDialect()
            .openReadOnly(live, java.time.Duration.ofMinutes(1))
            .withHandle(h -> h.createQuery("SHOW server_version").mapTo(String.class).one()));
    return versions;
  }
}
