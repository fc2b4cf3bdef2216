package org.migplan.scan.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migplan.scan.python.Call;
import org.migplan.scan.python.LogicalLine;
import org.migplan.scan.python.PythonModule;
import org.migplan.scan.python.StringLiterals;
import org.migplan.scan.python.Token;

/**
 * String constants of the project's settings, for targets such as {@code settings.AUTH_USER_MODEL}.
 * The settings module is the default {@code DJANGO_SETTINGS_MODULE} of {@code manage.py}; the
 * constants of every other settings module are used where it sets none.
 */
public final class SettingsConstants {
  private final Map<String, String> constants;
  private final Optional<SourceFile> settingsFile;

  private SettingsConstants(Map<String, String> constants, Optional<SourceFile> settingsFile) {
    this.constants = Map.copyOf(constants);
    this.settingsFile = settingsFile;
  }

  public static SettingsConstants read(ProjectFiles files, ModuleIndex modules) {
    Optional<SourceFile> located = locate(files, modules);
    Map<String, String> constants = new HashMap<>();
    constants.put("AUTH_USER_MODEL", "auth.User");
    for (SourceFile file : files.python()) {
      String name = file.moduleName();
      if (!file.isUnder("migrations")
          && (name.endsWith("settings") || name.contains("settings."))) {
        modules.module(file).ifPresent(m -> constants.putAll(m.constants()));
      }
    }
    located.flatMap(modules::module).ifPresent(m -> constants.putAll(m.constants()));
    return new SettingsConstants(constants, located);
  }

  /** The settings module named by manage.py (or any {@code wsgi.py}/{@code asgi.py}). */
  public static Optional<SourceFile> locate(ProjectFiles files, ModuleIndex modules) {
    for (SourceFile file : files.python()) {
      String name = file.fileName();
      if (name.equals("manage.py") || name.equals("wsgi.py") || name.equals("asgi.py")) {
        Optional<SourceFile> found =
            modules
                .module(file)
                .flatMap(SettingsConstants::settingsModuleName)
                .flatMap(modules::find);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The value of {@code os.environ.setdefault('DJANGO_SETTINGS_MODULE', '…')}. */
  static Optional<String> settingsModuleName(PythonModule module) {
    for (LogicalLine line : module.lines()) {
      List<Token> tokens = line.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).isName("setdefault")) {
          Optional<Call> call = Call.parse(tokens, i);
          Optional<String> key =
              call.flatMap(c -> c.positional(0)).flatMap(StringLiterals::constant);
          if (key.filter("DJANGO_SETTINGS_MODULE"::equals).isPresent()) {
            return call.flatMap(c -> c.positional(1)).flatMap(StringLiterals::constant);
          }
        }
      }
    }
    return Optional.empty();
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(constants.get(name));
  }

  public Optional<SourceFile> settingsFile() {
    return settingsFile;
  }
}
