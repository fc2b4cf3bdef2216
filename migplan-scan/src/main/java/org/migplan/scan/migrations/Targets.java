package org.migplan.scan.migrations;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads a relation's target as a migration writes it. */
final class Targets {
  /** Django's defaults for the swappable settings it defines itself. */
  private static final String DEFAULT_USER_MODEL = "auth.User";

  private Targets() {}

  /**
   * A setting's value: {@code settings.X} or {@code getattr(settings, 'X', 'default')} looked up in
   * the project's settings, {@code AUTH_USER_MODEL} defaulting to {@code auth.User}; a string
   * literal as is.
   */
  static Optional<String> settingValue(PyValue value, Function<String, Optional<String>> settings) {
    if (value instanceof PyValue.Str s) {
      return Optional.of(s.value());
    }
    if (value instanceof PyValue.Name n && n.dotted().startsWith("settings.")) {
      return setting(n.dotted().substring("settings.".length()), Optional.empty(), settings);
    }
    if (value instanceof PyValue.CallValue call
        && call.callee().equals("getattr")
        && call.positional().size() >= 2) {
      List<PyValue> args = call.positional();
      if (args.get(0) instanceof PyValue.Name n && n.dotted().equals("settings")) {
        Optional<String> fallback = args.size() > 2 ? args.get(2).stringValue() : Optional.empty();
        return args.get(1).stringValue().flatMap(name -> setting(name, fallback, settings));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> setting(
      String name, Optional<String> fallback, Function<String, Optional<String>> settings) {
    Optional<String> value = settings.apply(name).or(() -> fallback);
    if (value.isEmpty() && name.equals("AUTH_USER_MODEL")) {
      return Optional.of(DEFAULT_USER_MODEL);
    }
    return value;
  }

  /**
   * The target label {@code app.Model} of a field's {@code to}: a label, a bare model name (in the
   * migration's app), {@code self} (the owning model) or a setting. Empty when not static.
   */
  static Optional<String> label(
      PyValue to, String app, String owner, Function<String, Optional<String>> settings) {
    Optional<String> text = settingValue(to, settings);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String value = text.get().strip();
    if (value.equals("self")) {
      return Optional.of(app + "." + owner);
    }
    if (!value.contains(".")) {
      return Optional.of(app + "." + value);
    }
    return value.indexOf('.') == value.lastIndexOf('.') ? Optional.of(value) : Optional.empty();
  }
}
