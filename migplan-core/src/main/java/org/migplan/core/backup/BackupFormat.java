package org.migplan.core.backup;

/** The kinds of backup migplan recognises, by their content rather than their file name. */
public enum BackupFormat {
  /** {@code pg_dump -Fc}: starts with {@code PGDMP}. */
  POSTGRES_CUSTOM("postgresql-custom", "PostgreSQL custom-format archive (pg_dump -Fc)", true),
  /** {@code pg_dump -Fd}: a directory holding {@code toc.dat}. */
  POSTGRES_DIRECTORY("postgresql-directory", "PostgreSQL directory archive (pg_dump -Fd)", true),
  /** {@code pg_dump -Ft}: a tar file whose first member is {@code toc.dat}. */
  POSTGRES_TAR("postgresql-tar", "PostgreSQL tar archive (pg_dump -Ft)", true),
  /** {@code pg_dump -Fp}: SQL text restored with psql. */
  PLAIN_SQL("plain-sql", "plain SQL dump (pg_dump -Fp)", true),
  /** Plain SQL compressed with gzip. */
  PLAIN_SQL_GZIP("plain-sql-gzip", "gzip-compressed plain SQL dump", true),
  /** A SQLite database file (an online backup or a copy). */
  SQLITE("sqlite", "SQLite database file", false);

  private final String id;
  private final String description;
  private final boolean postgres;

  BackupFormat(String id, String description, boolean postgres) {
    this.id = id;
    this.description = description;
    this.postgres = postgres;
  }

  /** The name used in reports and manifests, e.g. {@code postgresql-custom}. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /** Whether this backup restores into PostgreSQL (otherwise SQLite). */
  public boolean isPostgres() {
    return postgres;
  }

  /** Whether pg_restore reads it (and lists its table of contents). */
  public boolean isArchive() {
    return this == POSTGRES_CUSTOM || this == POSTGRES_DIRECTORY || this == POSTGRES_TAR;
  }
}
