package org.migplan.scan.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migplan.scan.python.Call;
import org.migplan.scan.python.Expressions;
import org.migplan.scan.python.Imports;
import org.migplan.scan.python.LogicalLine;
import org.migplan.scan.python.PythonModule;
import org.migplan.scan.python.StringLiterals;
import org.migplan.scan.python.Token;
import org.migplan.scan.python.TokenType;

/**
 * String constants of the project's settings, for targets such as {@code settings.AUTH_USER_MODEL},
 * and the {@link #setting value} of each module-level setting. The settings module is the default
 * {@code DJANGO_SETTINGS_MODULE} of the project's {@code manage.py} (else of a {@code wsgi.py} or
 * {@code asgi.py}). What it does not set is taken from the other settings modules beside it or
 * below its package (layouts that assemble settings from several files, such as
 * django-split-settings' {@code include()}), else it is Django's default -- not what a settings
 * module elsewhere in the tree sets (a vendored app's test project, say). When no settings module
 * is named, every settings module of the tree counts.
 */
public final class SettingsConstants {
  private final Map<String, String> constants;
  private final Map<String, SettingValue> settings;
  private final Optional<SourceFile> settingsFile;

  private SettingsConstants(
      Map<String, String> constants,
      Map<String, SettingValue> settings,
      Optional<SourceFile> settingsFile) {
    this.constants = Map.copyOf(constants);
    this.settings = Map.copyOf(settings);
    this.settingsFile = settingsFile;
  }

  public static SettingsConstants read(ProjectFiles files, ModuleIndex modules) {
    Optional<SourceFile> located = locate(files, modules);
    Map<String, String> constants = new HashMap<>();
    Map<String, SettingValue> settings = new HashMap<>();
    constants.put("AUTH_USER_MODEL", "auth.User");
    for (SourceFile file : files.python()) {
      String name = file.moduleName();
      if (!file.isUnder("migrations")
          && located.map(settingsModule -> besideOrBelow(file, settingsModule)).orElse(true)
          && (name.endsWith("settings") || name.contains("settings."))) {
        readInto(file, modules, constants, settings);
      }
    }
    located.ifPresent(file -> readInto(file, modules, constants, settings));
    return new SettingsConstants(constants, settings, located);
  }

  /**
   * Whether {@code file} is in the settings module's directory or below it; for a settings module
   * at the project root, only in the root itself (below it are the apps, vendored ones included).
   */
  private static boolean besideOrBelow(SourceFile file, SourceFile settingsModule) {
    String directory = settingsModule.directory();
    return directory.isEmpty()
        ? file.directory().isEmpty()
        : file.relative().startsWith(directory + "/");
  }

  /** Adds a settings module's constants and settings, replacing those read before. */
  private static void readInto(
      SourceFile file,
      ModuleIndex modules,
      Map<String, String> constants,
      Map<String, SettingValue> settings) {
    modules
        .module(file)
        .ifPresent(
            m -> {
              constants.putAll(m.constants());
              settings.putAll(assignments(file, m, modules, new java.util.HashSet<>()));
            });
  }

  /**
   * The last module-level assignment of each name: {@code NAME = value}, {@code A = B = value},
   * {@code NAME: type = value}, each statement of a line joined by semicolons. One inside a
   * module-level block ({@code if}, {@code try}, {@code for}, {@code with}..., its body on the
   * header's line or below) may or may not run, so its value is an {@link SettingValue.Expression}
   * saying so; assignments in function and class bodies set no setting and are not read. A {@code
   * from module import *} of a module in the project brings that module's settings in at that point
   * (the split {@code settings/base.py} + {@code settings/production.py} layout); one in a block,
   * such as {@code try: from .local import *}, brings them in as known only at run time.
   *
   * @param visiting the modules being read, so that star imports that loop end
   */
  static Map<String, SettingValue> assignments(
      SourceFile file, PythonModule module, ModuleIndex modules, java.util.Set<String> visiting) {
    Map<String, SettingValue> values = new HashMap<>();
    visiting.add(file.relative());
    java.util.Deque<Integer> bodies = new java.util.ArrayDeque<>(); // levels of def/class headers
    for (LogicalLine line : module.lines()) {
      List<Token> tokens = line.tokens();
      while (!bodies.isEmpty() && bodies.peek() >= line.level()) {
        bodies.pop();
      }
      if (!bodies.isEmpty() || tokens.isEmpty()) {
        continue;
      }
      Token first = tokens.get(0);
      if (first.isName("def") || first.isName("class") || first.isName("async")) {
        bodies.push(line.level());
        continue;
      }
      boolean inBlock = line.level() > 0;
      List<Token> statements = tokens;
      if (first.type() == TokenType.NAME && BLOCK_KEYWORDS.contains(first.text())) {
        // a header; what follows its colon on the same line is the block's body
        int colon = headerColon(tokens);
        if (colon < 0) {
          continue;
        }
        statements = tokens.subList(colon + 1, tokens.size());
        inBlock = true;
      }
      String location = file.relative() + ":" + line.line();
      for (List<Token> statement : splitStatements(statements)) {
        Optional<String> starred = starImport(statement, module.packageName(file.isPackageInit()));
        if (starred.isPresent()) {
          boolean conditional = inBlock;
          modules
              .find(starred.get())
              .filter(imported -> !visiting.contains(imported.relative()))
              .ifPresent(
                  imported ->
                      modules
                          .module(imported)
                          .map(m -> assignments(imported, m, modules, visiting))
                          .ifPresent(
                              found ->
                                  found.forEach(
                                      (name, value) ->
                                          values.put(
                                              name, conditional ? conditionally(value) : value))));
          continue;
        }
        assignment(statement, inBlock, location, values);
      }
    }
    return values;
  }

  /**
   * The absolute module a {@code from … import *} statement names (relative ones resolved against
   * {@code packageName}), or empty for any other statement.
   */
  private static Optional<String> starImport(List<Token> statement, String packageName) {
    int n = statement.size();
    if (n < 4
        || !statement.get(0).isName("from")
        || !statement.get(n - 1).is("*")
        || !statement.get(n - 2).isName("import")) {
      return Optional.empty();
    }
    int i = 1;
    int level = 0;
    while (i < n - 2 && (statement.get(i).is(".") || statement.get(i).is("..."))) {
      level += statement.get(i).text().length();
      i++;
    }
    StringBuilder dotted = new StringBuilder();
    for (; i < n - 2; i++) {
      dotted.append(statement.get(i).text());
    }
    String name = Imports.absolute(packageName, level, dotted.toString());
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  /** A value brought in by a statement that may or may not run. */
  private static SettingValue conditionally(SettingValue value) {
    String text;
    if (value instanceof SettingValue.Text t) {
      text = "\"" + t.value() + "\"";
    } else if (value instanceof SettingValue.Bool b) {
      text = b.value() ? "True" : "False";
    } else {
      text = ((SettingValue.Expression) value).text();
    }
    return text.endsWith(" inside a block")
        ? value
        : new SettingValue.Expression(text + " inside a block", value.location());
  }

  /** The keywords that open a block a module-level statement can stand in. */
  private static final java.util.Set<String> BLOCK_KEYWORDS =
      java.util.Set.of("if", "elif", "else", "try", "except", "finally", "for", "while", "with");

  /** The colon that ends a block header: the first outside brackets and lambdas, or -1. */
  private static int headerColon(List<Token> tokens) {
    int depth = 0;
    int lambdas = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean outside = depth == 0;
      depth = depth(token, depth);
      if (outside && token.isName("lambda")) {
        lambdas++;
      } else if (outside && token.is(":")) {
        if (lambdas == 0) {
          return i;
        }
        lambdas--;
      }
    }
    return -1;
  }

  /** The bracket depth after {@code token}, from {@code depth} before it. */
  private static int depth(Token token, int depth) {
    if (token.is("(") || token.is("[") || token.is("{")) {
      return depth + 1;
    }
    if (token.is(")") || token.is("]") || token.is("}")) {
      return Math.max(0, depth - 1);
    }
    return depth;
  }

  /** The simple statements of a line, split at semicolons outside brackets. */
  private static List<List<Token>> splitStatements(List<Token> tokens) {
    List<List<Token>> statements = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean outside = depth == 0;
      depth = depth(token, depth);
      if (outside && token.is(";")) {
        statements.add(tokens.subList(start, i));
        start = i + 1;
      }
    }
    statements.add(tokens.subList(start, tokens.size()));
    return statements;
  }

  /** Records the statement's targets when it is an assignment. */
  private static void assignment(
      List<Token> tokens, boolean inBlock, String location, Map<String, SettingValue> values) {
    List<String> targets = new ArrayList<>();
    int i = 0;
    while (i + 1 < tokens.size()
        && tokens.get(i).type() == TokenType.NAME
        && tokens.get(i + 1).is("=")) {
      targets.add(tokens.get(i).text());
      i += 2;
    }
    if (targets.isEmpty()
        && tokens.size() > 3
        && tokens.get(0).type() == TokenType.NAME
        && tokens.get(1).is(":")) {
      int equals = indexOf(tokens, "=", 2);
      if (equals > 2) {
        targets.add(tokens.get(0).text());
        i = equals + 1;
      }
    }
    if (targets.isEmpty() || i >= tokens.size()) {
      return;
    }
    List<Token> rest = tokens.subList(i, tokens.size());
    SettingValue value =
        inBlock
            ? new SettingValue.Expression(Expressions.text(rest) + " inside a block", location)
            : value(rest, location);
    targets.forEach(t -> values.put(t, value));
  }

  private static int indexOf(List<Token> tokens, String operator, int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (tokens.get(i).is(operator)) {
        return i;
      }
    }
    return -1;
  }

  private static SettingValue value(List<Token> value, String location) {
    Optional<String> text = StringLiterals.constant(value);
    if (text.isPresent()) {
      return new SettingValue.Text(text.get(), location);
    }
    if (value.size() == 1 && (value.get(0).isName("True") || value.get(0).isName("False"))) {
      return new SettingValue.Bool(value.get(0).isName("True"), location);
    }
    return new SettingValue.Expression(Expressions.text(value), location);
  }

  /**
   * The settings module named by the project's manage.py, else by a {@code wsgi.py} or {@code
   * asgi.py}: the one nearest the root first (a vendored app may bring its own test project).
   */
  public static Optional<SourceFile> locate(ProjectFiles files, ModuleIndex modules) {
    List<SourceFile> candidates = new ArrayList<>();
    for (SourceFile file : files.python()) {
      String name = file.fileName();
      if (name.equals("manage.py") || name.equals("wsgi.py") || name.equals("asgi.py")) {
        candidates.add(file);
      }
    }
    candidates.sort(
        java.util.Comparator.<SourceFile, Boolean>comparing(f -> !f.fileName().equals("manage.py"))
            .thenComparingLong(f -> f.relative().chars().filter(c -> c == '/').count())
            .thenComparing(SourceFile::relative));
    for (SourceFile file : candidates) {
      Optional<SourceFile> found =
          modules
              .module(file)
              .flatMap(SettingsConstants::settingsModuleName)
              .flatMap(modules::find);
      if (found.isPresent()) {
        return found;
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

  /**
   * The setting's value as its last module-level assignment in the settings module gives it, else
   * as a settings module beside or below it gives it; empty when none assigns it (Django's default
   * applies).
   */
  public Optional<SettingValue> setting(String name) {
    return Optional.ofNullable(settings.get(name));
  }

  public Optional<SourceFile> settingsFile() {
    return settingsFile;
  }
}
