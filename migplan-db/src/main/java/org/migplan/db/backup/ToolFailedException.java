package org.migplan.db.backup;

import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

/** A database tool exited with an error; the message names the tool and its first error line. */
public final class ToolFailedException extends MigplanException {
  private static final long serialVersionUID = 1L;

  private final String tool;
  private final int exitCode;
  private final String firstError;

  public ToolFailedException(String tool, int exitCode, String firstError) {
    super(ErrorCode.DATABASE_ERROR, tool + " failed (exit " + exitCode + "): " + firstError);
    this.tool = tool;
    this.exitCode = exitCode;
    this.firstError = firstError;
  }

  public int exitCode() {
    return exitCode;
  }

  public String tool() {
    return tool;
  }

  public String firstError() {
    return firstError;
  }
}
