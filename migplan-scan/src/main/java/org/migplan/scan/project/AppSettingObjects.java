package org.migplan.scan.project;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migplan.scan.python.Call;
import org.migplan.scan.python.ImportBinding;
import org.migplan.scan.python.PythonModule;
import org.migplan.scan.python.PythonTokenizer;
import org.migplan.scan.python.StringLiterals;
import org.migplan.scan.python.Token;
import org.migplan.scan.python.TokenType;

/**
 * Reads {@code obj.NAME} where {@code obj} is an app's settings object: a module-level instance
 * built from dictionaries of values, such as django-oauth-toolkit's {@code oauth2_settings =
 * OAuth2ProviderSettings(USER_SETTINGS, DEFAULTS, ...)}, whose {@code oauth2_settings
 * .APPLICATION_MODEL} names a swappable model. Such objects answer an attribute from the first of
 * their dictionaries that holds it (the project's own settings dictionary, then the app's
 * defaults), and a default usually reads a Django setting first ({@code getattr(settings,
 * "OAUTH2_PROVIDER_APPLICATION_MODEL", "oauth2_provider.Application")}). That is what is read here,
 * without running anything: string literals, names assigned at the module's top level, {@code
 * settings.X} and {@code getattr(settings, "X", default)} for the project's settings. Anything
 * else, or an assignment inside a block, leaves the value unknown.
 */
final class AppSettingObjects {
  private static final int MAX_DEPTH = 6;

  private final ModuleIndex modules;
  private final SettingsConstants settings;
  private final Map<String, Map<String, SettingValue>> assignments = new HashMap<>();

  AppSettingObjects(ModuleIndex modules, SettingsConstants settings) {
    this.modules = modules;
    this.settings = settings;
  }

  /**
   * The string {@code dotted} stands for in {@code module} when it is an attribute of an app's
   * settings object, e.g. {@code oauth2_settings.APPLICATION_MODEL}; empty when it is not one or
   * its value is not known without running the code.
   */
  Optional<String> value(PythonModule module, String dotted) {
    int dot = dotted.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String attribute = dotted.substring(dot + 1);
    return home(module, dotted.substring(0, dot))
        .flatMap(home -> objectCall(home))
        .flatMap(found -> fromArguments(found, attribute));
  }

  /** Where an object is defined: the module and the name it is assigned to there. */
  private record Home(SourceFile file, PythonModule module, String name) {}

  /** A settings object's constructor call, with the module it is made in. */
  private record ObjectCall(Home home, Call call) {}

  private Optional<Home> home(PythonModule module, String objectPath) {
    int dot = objectPath.indexOf('.');
    String first = dot < 0 ? objectPath : objectPath.substring(0, dot);
    ImportBinding binding = module.imports().get(first);
    if (binding == null) {
      return Optional.empty(); // an object of the same module is not a settings import
    }
    String qualified =
        dot < 0 ? binding.qualified() : binding.qualified() + objectPath.substring(dot);
    int last = qualified.lastIndexOf('.');
    if (last <= 0) {
      return Optional.empty();
    }
    String name = qualified.substring(last + 1);
    return modules
        .find(qualified.substring(0, last))
        .flatMap(file -> modules.module(file).map(m -> new Home(file, m, name)));
  }

  private Optional<ObjectCall> objectCall(Home home) {
    return expression(home, home.name())
        .flatMap(tokens -> Call.parse(tokens, 0).filter(c -> endsAt(c, tokens)))
        .map(call -> new ObjectCall(home, call));
  }

  private Optional<String> fromArguments(ObjectCall found, String attribute) {
    for (Call.Argument argument : found.call().arguments()) {
      Optional<Map<String, List<Token>>> entries =
          dictionary(found.home(), argument.value(), MAX_DEPTH);
      if (entries.isPresent() && entries.get().containsKey(attribute)) {
        return string(found.home(), entries.get().get(attribute), MAX_DEPTH);
      }
    }
    return Optional.empty();
  }

  /**
   * A dictionary's entries with string keys: a literal, a name assigned one, or a project setting
   * holding one. Empty for anything else ({@code None} included).
   */
  private Optional<Map<String, List<Token>>> dictionary(Home home, List<Token> tokens, int depth) {
    if (depth == 0 || tokens.isEmpty()) {
      return Optional.empty();
    }
    if (tokens.get(0).is("{")) {
      return literal(tokens);
    }
    if (tokens.size() == 1 && tokens.get(0).type() == TokenType.NAME) {
      return expression(home, tokens.get(0).text()).flatMap(t -> dictionary(home, t, depth - 1));
    }
    return settingName(home, tokens)
        .flatMap(settings::setting)
        .filter(SettingValue.Expression.class::isInstance)
        .map(v -> tokens(((SettingValue.Expression) v).text()))
        .filter(t -> !t.isEmpty() && t.get(0).is("{"))
        .flatMap(AppSettingObjects::literal);
  }

  /** The string an expression gives: a literal, a name assigned one, or a project setting. */
  private Optional<String> string(Home home, List<Token> tokens, int depth) {
    if (depth == 0 || tokens.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> literal = StringLiterals.constant(tokens);
    if (literal.isPresent()) {
      return literal;
    }
    if (tokens.size() == 1 && tokens.get(0).type() == TokenType.NAME) {
      SettingValue value = assigned(home, tokens.get(0).text());
      return value instanceof SettingValue.Text text
          ? Optional.of(text.value())
          : expression(home, tokens.get(0).text()).flatMap(t -> string(home, t, depth - 1));
    }
    Optional<String> setting = settingName(home, tokens);
    if (setting.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> value = settings.get(setting.get());
    if (value.isPresent() || settings.setting(setting.get()).isPresent()) {
      return value; // a project setting that is not a plain string is not known here
    }
    return Call.parse(tokens, 0)
        .flatMap(call -> call.positional(2))
        .flatMap(fallback -> string(home, fallback, depth - 1));
  }

  /**
   * The Django setting an expression reads: {@code settings.X}, or {@code getattr(settings, "X",
   * ...)}, where {@code settings} is {@code django.conf.settings} in the module.
   */
  private static Optional<String> settingName(Home home, List<Token> tokens) {
    ImportBinding binding = home.module().imports().get("settings");
    if (binding == null || !binding.qualified().equals("django.conf.settings")) {
      return Optional.empty();
    }
    if (tokens.size() == 3
        && tokens.get(0).isName("settings")
        && tokens.get(1).is(".")
        && tokens.get(2).type() == TokenType.NAME) {
      return Optional.of(tokens.get(2).text());
    }
    if (!tokens.get(0).isName("getattr")) {
      return Optional.empty();
    }
    return Call.parse(tokens, 0)
        .filter(call -> endsAt(call, tokens))
        .filter(call -> call.positional(0).filter(a -> a.size() == 1).isPresent())
        .filter(call -> call.positional(0).get().get(0).isName("settings"))
        .flatMap(call -> call.positional(1))
        .flatMap(StringLiterals::constant);
  }

  /**
   * The tokens of the expression last assigned to {@code name} at the module's top level; empty
   * when none is, when it is a string or a boolean, or when the last assignment is inside a block
   * (it may not run).
   */
  private Optional<List<Token>> expression(Home home, String name) {
    return assigned(home, name) instanceof SettingValue.Expression e
            && !e.text().endsWith(" inside a block")
        ? Optional.of(tokens(e.text()))
        : Optional.empty();
  }

  /** What the module's top level last assigns to {@code name}, or null. */
  private SettingValue assigned(Home home, String name) {
    return assignments
        .computeIfAbsent(
            home.file().relative(),
            f ->
                SettingsConstants.assignments(
                    home.file(), home.module(), modules, new java.util.HashSet<>()))
        .get(name);
  }

  /** The entries of a dictionary literal whose keys are string literals, else empty. */
  private static Optional<Map<String, List<Token>>> literal(List<Token> tokens) {
    if (tokens.isEmpty() || !tokens.get(0).is("{") || !tokens.get(tokens.size() - 1).is("}")) {
      return Optional.empty();
    }
    Map<String, List<Token>> entries = new LinkedHashMap<>();
    int depth = 0;
    int start = 1;
    int colon = -1;
    for (int i = 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean last = i == tokens.size() - 1;
      if (depth == 0 && token.is(":") && colon < 0) {
        colon = i;
      } else if (depth == 0 && (token.is(",") || last)) {
        if (colon > start) {
          Optional<String> key = StringLiterals.constant(tokens.subList(start, colon));
          if (key.isEmpty()) {
            return Optional.empty(); // a computed key: the dictionary is not known here
          }
          entries.put(key.get(), tokens.subList(colon + 1, i));
        } else if (i > start) {
          return Optional.empty(); // ** unpacking, a set, or a comprehension
        }
        start = i + 1;
        colon = -1;
      } else if (token.is("(") || token.is("[") || token.is("{")) {
        depth++;
      } else if (token.is(")") || token.is("]") || token.is("}")) {
        depth--;
      }
    }
    return Optional.of(entries);
  }

  private static boolean endsAt(Call call, List<Token> tokens) {
    return call.closing() != null && call.closing() == tokens.get(tokens.size() - 1);
  }

  /** The code tokens of an expression's text. */
  private static List<Token> tokens(String text) {
    return PythonTokenizer.tokenize(text).stream()
        .filter(
            t ->
                t.type() != TokenType.NEWLINE
                    && t.type() != TokenType.INDENT
                    && t.type() != TokenType.DEDENT
                    && t.type() != TokenType.COMMENT)
        .toList();
  }
}
