package org.migplan.db;

import java.util.regex.Pattern;

/** Removes passwords from text that may contain a database URL. */
public final class Redaction {
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(://[^/:@\\s]*):[^@\\s/]*@");
  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)([?&;]password=)[^&;\\s]*");

  private Redaction() {}

  /** Replaces {@code user:secret@} and {@code password=secret} by {@code ***}. */
  public static String redactPassword(String text) {
    if (text == null) {
      return "";
    }
    String withoutUserInfo = USER_INFO_PASSWORD.matcher(text).replaceAll("$1:***@");
    return PASSWORD_PARAMETER.matcher(withoutUserInfo).replaceAll("$1***");
  }

  /** Replaces every occurrence of a known password in a message (e.g. from a driver or a tool). */
  public static String redact(String text, DatabaseUrl url) {
    String result = redactPassword(text);
    String password = url.password();
    return password.length() >= 3 ? result.replace(password, "***") : result;
  }
}
