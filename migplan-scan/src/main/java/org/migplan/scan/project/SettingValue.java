package org.migplan.scan.project;

import java.util.Objects;

/**
 * What the last module-level assignment of a setting gives when read without running Python: a
 * string literal, {@code True} or {@code False}, or an expression known only at run time (kept as
 * its text).
 */
public sealed interface SettingValue {
  /** Where the assignment is: {@code path:line}, the path relative to the project root. */
  String location();

  /** A string literal (adjacent literals joined, f-strings excluded). */
  record Text(String value, String location) implements SettingValue {
    public Text {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(location, "location");
    }
  }

  /** {@code True} or {@code False}. */
  record Bool(boolean value, String location) implements SettingValue {
    public Bool {
      Objects.requireNonNull(location, "location");
    }
  }

  /** Anything else: a call, a name, an operation, {@code None}, a number. */
  record Expression(String text, String location) implements SettingValue {
    public Expression {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }
  }
}
