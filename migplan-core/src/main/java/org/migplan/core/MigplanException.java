package org.migplan.core;

import java.util.Objects;

/**
 * The one exception migplan raises for problems a user can fix. Its message is a single line that
 * says what failed, the value that caused it and what to do next; it never contains a password.
 */
public class MigplanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public MigplanException(ErrorCode code, String message) {
    this(code, message, null);
  }

  public MigplanException(ErrorCode code, String message, Throwable cause) {
    super(oneLine(Objects.requireNonNull(message, "message")), cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
