package org.migplan.cli;

import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.db.Redaction;

/** Maps outcomes to exit codes and prints the one-line error. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int BLOCKED = 1;
  public static final int USAGE = 2;
  public static final int ENVIRONMENT = 3;

  private ExitCodes() {}

  static int usage(CommandContext context, String message) {
    context.err().println("migplan: " + message);
    return USAGE;
  }

  /** Prints a failure as one line (the stack trace only with --debug) and returns its code. */
  static int failure(CommandContext context, Exception e, boolean debug) {
    int code;
    String message;
    if (e instanceof MigplanException known) {
      code = known.code().exitCode();
      message = known.getMessage();
    } else if (e instanceof java.io.IOException io) {
      code = ErrorCode.FILE_ERROR.exitCode();
      message = "file error: " + io.getMessage();
    } else {
      code = ENVIRONMENT;
      message =
          "unexpected error: " + e + (debug ? "" : " (run again with --debug for the stack trace)");
    }
    context.err().println("migplan: " + Redaction.redactPassword(message));
    if (debug) {
      e.printStackTrace(context.err());
    }
    return code;
  }
}
