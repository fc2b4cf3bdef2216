package org.migplan.db.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.backup.BackupFormat;
import org.migplan.core.database.TableName;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.postgres.PostgresDialect;

/** PostgreSQL backups with pg_dump, pg_restore and psql. */
public final class PostgresBackupTool implements BackupTool {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(PostgresBackupTool.class);
  private static final Pattern TABLE_DATA =
      Pattern.compile("^(\\d+); \\d+ \\d+ TABLE DATA (\\S+) (.+) (\\S+)$");

  /**
   * pg_restore's progress message for a finished item in a parallel restore (--verbose, C locale),
   * anywhere in a line: the leader and its workers share stderr, and each writes a message's {@code
   * "pg_restore:"} prefix, the space and the text in separate writes, so a worker's line can split
   * the leader's prefix from its text ({@code "pg_restore:pg_restore: processing data for table
   * …"}, then {@code " finished item 3350 TABLE DATA public Audit Log"}). The text itself is one
   * write, shorter than a pipe's atomic size, so it stays whole.
   */
  private static final Pattern FINISHED_DATA = Pattern.compile("finished item (\\d+) TABLE DATA ");

  private final ToolRunner tools;
  private final PostgresDatabases databases;
  private final int jobs;

  /**
   * Archive → its table of contents (pg_restore --list), read once per version of the file: the key
   * holds its size and modification time, so an archive replaced at the same path (a library user
   * verifying again, a backup rewritten) is read anew.
   */
  private final Map<ArchiveVersion, String> tocs = new java.util.concurrent.ConcurrentHashMap<>();

  private record ArchiveVersion(Path path, long size, java.nio.file.attribute.FileTime modified) {}

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
  public long liveSize(DatabaseUrl live, org.jdbi.v3.core.Handle session) {
    return session
        .createQuery(
            "SELECT coalesce(sum(pg_catalog.pg_table_size(c.oid)), 0)::bigint"
                + " FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind IN ('r', 'm') AND "
                + PostgresDialect.USER_SCHEMAS)
        .mapTo(Long.class)
        .one();
  }

  @Override
  public List<String> tablesHoldingRows(org.jdbi.v3.core.Handle session) {
    return session
        .createQuery(
            "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind = 'r' AND "
                + PostgresDialect.USER_SCHEMAS)
        .map((rs, ctx) -> new TableName(rs.getString(1), rs.getString(2)).toString())
        .list()
        .stream()
        .sorted()
        .toList();
  }

  @Override
  public Optional<Set<String>> tablesWithData(BackupFormat format, Path backup) throws IOException {
    if (!format.isArchive()) {
      return Optional.empty();
    }
    return Optional.of(new TreeSet<>(tableData(backup).values()));
  }

  /** The archive's TABLE DATA entries: dump id → table, named as the checksums name tables. */
  private Map<Integer, String> tableData(Path backup) throws IOException {
    Map<Integer, String> tables = new TreeMap<>();
    for (String line : toc(backup).lines().toList()) {
      Matcher m = TABLE_DATA.matcher(line);
      if (m.matches()) {
        tables.put(Integer.valueOf(m.group(1)), new TableName(m.group(2), m.group(3)).toString());
      }
    }
    return tables;
  }

  /**
   * The static checks and a parallel restore both want it, at about the same time: the second waits
   * for the first's pg_restore --list rather than running its own.
   */
  private String toc(Path backup) throws IOException {
    try {
      // a directory archive's table of contents is its toc.dat
      Path stamped =
          java.nio.file.Files.isRegularFile(backup.resolve("toc.dat"))
              ? backup.resolve("toc.dat")
              : backup;
      ArchiveVersion version =
          new ArchiveVersion(
              backup,
              java.nio.file.Files.size(stamped),
              java.nio.file.Files.getLastModifiedTime(stamped));
      return tocs.computeIfAbsent(
          version,
          archive -> {
            try {
              return tools.capture(
                  List.of("pg_restore", "--list", archive.path().toString()), "postgres");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
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
   * A parallel restore (custom and directory archives on more than one core) is one run of
   * pg_restore, whose progress lines announce each table as its rows are committed: pg_restore
   * meanwhile builds other tables' indexes and keys, and often leaves a core idle while one large
   * table loads or its indexes are built one after another, which is when the caller reads the
   * announced tables. A serial restore runs in two: the pre-data and data sections, then, after
   * {@code dataRestored}, the post-data section (indexes, constraints, triggers, materialized view
   * refreshes), which changes no table's rows.
   */
  @Override
  public void restore(
      BackupFormat format, Path backup, ScratchDatabase scratch, RestoreProgress progress)
      throws IOException {
    if (!format.isArchive()) {
      BackupTool.super.restore(format, backup, scratch, progress);
      return;
    }
    String database = scratch.url().database();
    if (!parallel(format)) {
      pgRestore(format, backup, database, List.of("--section=pre-data", "--section=data"));
      progress.dataRestored();
      pgRestore(format, backup, database, List.of("--section=post-data"));
      return;
    }
    Map<Integer, String> tables = tableData(backup);
    Set<Integer> finished = new java.util.HashSet<>();
    boolean[] announcedAll = {false};
    Runnable allIn =
        () -> {
          if (!announcedAll[0]) {
            announcedAll[0] = true;
            progress.dataRestored();
          }
        };
    tools.runWatching(
        pgRestoreCommand(format, backup, database, List.of("--verbose")),
        database,
        line -> {
          LOG.trace("{}", line);
          OptionalInt item = finishedItem(line);
          if (item.isPresent()) {
            Integer id = item.getAsInt();
            String table = tables.get(id);
            if (table != null && finished.add(id)) {
              progress.tableRestored(table);
              if (finished.size() == tables.size()) {
                allIn.run();
              }
            }
          }
        });
    allIn.run();
  }

  /** The dump id of the TABLE DATA item a line of pg_restore's stderr says is finished, if any. */
  static OptionalInt finishedItem(String line) {
    Matcher m = FINISHED_DATA.matcher(line);
    if (!m.find()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(m.group(1)));
    } catch (NumberFormatException e) {
      return OptionalInt.empty(); // more digits than a dump id has
    }
  }

  private boolean parallel(BackupFormat format) {
    return format != BackupFormat.POSTGRES_TAR && jobs > 1;
  }

  private void pgRestore(BackupFormat format, Path backup, String database, List<String> options)
      throws IOException {
    tools.run(pgRestoreCommand(format, backup, database, options), database, null, null);
  }

  private List<String> pgRestoreCommand(
      BackupFormat format, Path backup, String database, List<String> options) {
    List<String> command = new ArrayList<>(List.of("pg_restore", "--no-owner", "--no-privileges"));
    command.add("--exit-on-error");
    if (parallel(format)) {
      command.add("--jobs=" + jobs);
    }
    command.addAll(options);
    command.add("--dbname=" + database);
    command.add(backup.toString());
    return command;
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
