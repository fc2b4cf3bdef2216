package org.migplan.scan.settings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migplan.scan.project.ModuleIndex;
import org.migplan.scan.project.ProjectFiles;
import org.migplan.scan.project.SettingsConstants;
import org.migplan.scan.project.SourceFile;
import org.migplan.scan.python.LogicalLine;
import org.migplan.scan.python.PythonModule;
import org.migplan.scan.python.Token;

/**
 * Reads {@code DATABASES['default']} from a project's settings without running them, when it is a
 * literal dict: SQLite with a NAME relative to {@code BASE_DIR} (or absolute) becomes {@code
 * sqlite:////absolute/path}; PostgreSQL with literal NAME, USER, PASSWORD, HOST and PORT becomes a
 * {@code postgresql://} URL. Anything computed at run time (environment variables, function calls)
 * gives nothing.
 */
public final class DatabaseSettingsReader {
  private DatabaseSettingsReader() {}

  /** The default database's URL, or empty when the settings cannot be read statically. */
  public static Optional<String> read(Path projectRoot) {
    try {
      ProjectFiles files = ProjectFiles.walk(projectRoot);
      ModuleIndex modules = new ModuleIndex(files.python());
      return SettingsConstants.locate(files, modules)
          .flatMap(file -> modules.module(file).flatMap(module -> read(file, module)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static Optional<String> read(SourceFile file, PythonModule module) {
    Map<String, Path> names = new HashMap<>();
    Path directory = file.path().toAbsolutePath().getParent();
    for (LogicalLine line : module.lines()) {
      List<Token> tokens = line.tokens();
      if (line.level() != 0 || tokens.size() < 3 || !tokens.get(1).is("=")) {
        continue;
      }
      String name = tokens.get(0).text();
      List<Token> value = tokens.subList(2, tokens.size());
      if (name.equals("BASE_DIR") || name.equals("PROJECT_ROOT") || name.equals("PROJECT_DIR")) {
        baseDirectory(value, file.path().toAbsolutePath()).ifPresent(path -> names.put(name, path));
      }
      if (name.equals("DATABASES")) {
        return LiteralEvaluator.evaluate(value, names).flatMap(d -> url(d, directory));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code Path(__file__).resolve().parent.parent} or {@code
   * os.path.dirname(os.path.dirname(os.path.abspath(__file__)))}: the file's directory, one level
   * up for each further {@code parent} or {@code dirname}.
   */
  static Optional<Path> baseDirectory(List<Token> value, Path settingsFile) {
    boolean usesFile = value.stream().anyMatch(t -> t.isName("__file__"));
    if (!usesFile) {
      return Optional.empty();
    }
    long levels = value.stream().filter(t -> t.isName("parent") || t.isName("dirname")).count();
    long parents = value.stream().filter(t -> t.isName("parents")).count();
    if (parents > 0 || levels == 0) {
      return Optional.empty();
    }
    Path path = settingsFile;
    for (long i = 0; i < levels && path != null; i++) {
      path = path.getParent();
    }
    return Optional.ofNullable(path);
  }

  private static Optional<String> url(Object databases, Path settingsDirectory) {
    if (!(databases instanceof Map<?, ?> all) || !(all.get("default") instanceof Map<?, ?> db)) {
      return Optional.empty();
    }
    String engine = String.valueOf(db.get("ENGINE"));
    Object name = db.get("NAME");
    if (engine.endsWith("sqlite3")) {
      if (name instanceof Path path) {
        return Optional.of("sqlite:///" + path.toAbsolutePath().normalize());
      }
      if (name instanceof String text && !text.isEmpty() && !text.equals(":memory:")) {
        Path path = Path.of(text);
        return path.isAbsolute() ? Optional.of("sqlite:///" + path.normalize()) : Optional.empty();
      }
      return Optional.empty();
    }
    if (engine.contains("postgresql") || engine.contains("postgis")) {
      return postgres(db, name);
    }
    return Optional.empty();
  }

  private static Optional<String> postgres(Map<?, ?> db, Object name) {
    if (!(name instanceof String database) || database.isEmpty()) {
      return Optional.empty();
    }
    Object user = db.get("USER");
    Object password = db.get("PASSWORD");
    Object host = db.get("HOST");
    Object port = db.get("PORT");
    for (Object value : new Object[] {user, password, host, port}) {
      if (value != null && !(value instanceof String)) {
        return Optional.empty();
      }
    }
    StringBuilder url = new StringBuilder("postgresql://");
    if (user instanceof String u && !u.isEmpty()) {
      url.append(encode(u));
      if (password instanceof String p && !p.isEmpty()) {
        url.append(':').append(encode(p));
      }
      url.append('@');
    }
    url.append(host instanceof String h && !h.isEmpty() ? h : "localhost");
    url.append(':').append(port instanceof String p && !p.isEmpty() ? p : "5432");
    url.append('/').append(encode(database));
    return Optional.of(url.toString());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
