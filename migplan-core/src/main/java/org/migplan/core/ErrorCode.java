package org.migplan.core;

/**
 * Why migplan stopped. Each code carries the process exit code the CLI returns for it and has an
 * entry in {@code docs/errors.md} (cause and fix).
 *
 * <p>Exit codes: 0 done; 1 done, but findings or verification failures that block; 2 usage error; 3
 * environment error (cannot connect, tool or project missing).
 */
public enum ErrorCode {
  /** An option, argument or command the CLI does not accept. */
  USAGE(2),
  /** A database URL in a form migplan does not read. */
  BAD_DATABASE_URL(2),
  /** No database given and none could be found in the environment or the project's settings. */
  NO_DATABASE(2),
  /** A model label that is not {@code app_label.ModelName}. */
  BAD_MODEL_LABEL(2),
  /** migplan refuses to do something that could destroy data it did not create. */
  REFUSED(2),
  /** The Django project directory is missing or is not a Django project. */
  PROJECT_NOT_FOUND(3),
  /** The model is not declared in the project's sources. */
  MODEL_NOT_FOUND(3),
  /** The model's table (or another table migplan needs) is not in the database. */
  TABLE_NOT_FOUND(3),
  /** The database could not be reached or refused the login. */
  CANNOT_CONNECT(3),
  /** A query failed on a database migplan is connected to. */
  DATABASE_ERROR(3),
  /** An external tool (pg_dump, pg_restore, psql, python3) is missing or failed to start. */
  TOOL_MISSING(3),
  /** A file or directory could not be read or written. */
  FILE_ERROR(3),
  /** A backup is unreadable, incomplete or does not match the live database. */
  BACKUP_NOT_VERIFIED(1),
  /** A copy or rehearsal did not reproduce the source data. */
  VERIFICATION_FAILED(1),
  /** The plan was written, but findings at or above the --fail-on level block the change. */
  BLOCKING_FINDINGS(1);

  private final int exitCode;

  ErrorCode(int exitCode) {
    this.exitCode = exitCode;
  }

  /** The process exit code for this error. */
  public int exitCode() {
    return exitCode;
  }
}
