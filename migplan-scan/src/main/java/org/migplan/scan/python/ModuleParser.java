package org.migplan.scan.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a module's imports, classes and constants from its logical lines. */
public final class ModuleParser {
  /** Blocks in a class body whose assignments still declare fields (e.g. {@code if SETTING:}). */
  private static final java.util.Set<String> CONDITIONAL_BLOCKS =
      java.util.Set.of("if", "elif", "else", "try", "except", "finally", "with");

  private ModuleParser() {}

  /**
   * Parses {@code source}.
   *
   * @param moduleName the module's dotted name (for relative imports)
   * @param isPackageInit whether the file is a package's {@code __init__.py}
   */
  public static PythonModule parse(String moduleName, boolean isPackageInit, String source) {
    List<Token> tokens = PythonTokenizer.tokenize(source);
    List<LogicalLine> lines = LogicalLine.of(tokens);
    String packageName = packageOf(moduleName, isPackageInit);
    Map<String, ImportBinding> imports = new HashMap<>();
    List<ClassDefinition> classes = new ArrayList<>();
    Map<String, String> constants = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      LogicalLine line = lines.get(i);
      if (line.startsWith("import") || line.startsWith("from")) {
        Imports.read(line, packageName, imports);
      } else if (line.startsWith("class")) {
        classDefinition(lines, i).ifPresent(classes::add);
      } else if (line.level() == 0) {
        constant(line, constants);
      }
    }
    classes.sort((a, b) -> Integer.compare(a.nameToken().start(), b.nameToken().start()));
    return new PythonModule(moduleName, imports, classes, constants, tokens, lines);
  }

  private static String packageOf(String moduleName, boolean isPackageInit) {
    if (isPackageInit) {
      return moduleName;
    }
    int dot = moduleName.lastIndexOf('.');
    return dot < 0 ? "" : moduleName.substring(0, dot);
  }

  private static void constant(LogicalLine line, Map<String, String> constants) {
    List<Token> tokens = line.tokens();
    if (tokens.size() >= 3 && tokens.get(0).type() == TokenType.NAME && tokens.get(1).is("=")) {
      List<Token> value = tokens.subList(2, tokens.size());
      StringLiterals.constant(value)
          .or(() -> getattrDefault(value))
          .ifPresent(text -> constants.put(tokens.get(0).text(), text));
    }
  }

  /** A base; {@code with_metaclass(Meta, A, B)} (six, Django's old helper) stands for A and B. */
  private static void addBase(List<List<Token>> bases, List<Token> base) {
    Optional<Call> call = Call.parse(base, 0);
    if (call.isPresent() && call.get().simpleName().equals("with_metaclass")) {
      call.get().arguments().stream().skip(1).forEach(a -> bases.add(a.value()));
    } else {
      bases.add(base);
    }
  }

  /** The literal default of {@code getattr(settings, 'NAME', 'default')}. */
  private static Optional<String> getattrDefault(List<Token> value) {
    if (value.isEmpty() || !value.get(0).isName("getattr")) {
      return Optional.empty();
    }
    return Call.parse(value, 0)
        .filter(call -> call.arguments().size() == 3)
        .flatMap(call -> call.positional(2))
        .flatMap(StringLiterals::constant);
  }

  private static Optional<ClassDefinition> classDefinition(List<LogicalLine> lines, int index) {
    LogicalLine header = lines.get(index);
    List<Token> tokens = header.tokens();
    if (tokens.size() < 2 || tokens.get(1).type() != TokenType.NAME) {
      return Optional.empty();
    }
    Token name = tokens.get(1);
    List<List<Token>> bases = new ArrayList<>();
    classBases(tokens).forEach(base -> addBase(bases, base));
    List<ClassDefinition.Assignment> assignments = new ArrayList<>();
    Map<String, List<Token>> meta = new LinkedHashMap<>();
    List<List<Token>> metaBases = new ArrayList<>();
    boolean hasMeta = false;
    int bodyLevel = header.level() + 1;
    List<Token> inline = inlineBody(tokens);
    if (!inline.isEmpty()) {
      assignment(inline).ifPresent(assignments::add);
    }
    boolean inConditional = false;
    for (int i = index + 1; i < lines.size() && lines.get(i).level() >= bodyLevel; i++) {
      LogicalLine line = lines.get(i);
      if (line.level() == bodyLevel + 1 && inConditional) {
        assignment(line.tokens())
            .map(ClassDefinition.Assignment::inConditionalBlock)
            .ifPresent(assignments::add);
        continue;
      }
      if (line.level() != bodyLevel) {
        continue;
      }
      inConditional = CONDITIONAL_BLOCKS.contains(line.first().text());
      if (line.startsWith("class")
          && line.tokens().size() > 1
          && line.tokens().get(1).isName("Meta")) {
        hasMeta = true;
        meta.putAll(metaOptions(lines, i, bodyLevel + 1));
        metaBases.addAll(classBases(line.tokens()));
      } else {
        assignment(line.tokens()).ifPresent(assignments::add);
      }
    }
    return Optional.of(
        new ClassDefinition(name.text(), name, bases, assignments, meta, metaBases, hasMeta));
  }

  /** The positional bases of a {@code class Name(...)} header, as written. */
  private static List<List<Token>> classBases(List<Token> header) {
    if (header.size() <= 2 || !header.get(2).is("(")) {
      return List.of();
    }
    return Call.parse(header, 1)
        .map(
            call ->
                call.arguments().stream()
                    .filter(Call.Argument::isPositional)
                    .map(Call.Argument::value)
                    .toList())
        .orElse(List.of());
  }

  /** The statement after the colon of a one-line class {@code class A(B): x = 1}. */
  private static List<Token> inlineBody(List<Token> header) {
    int depth = 0;
    for (int i = 0; i < header.size(); i++) {
      Token token = header.get(i);
      depth += token.is("(") || token.is("[") ? 1 : token.is(")") || token.is("]") ? -1 : 0;
      if (depth == 0 && token.is(":")) {
        return header.subList(i + 1, header.size());
      }
    }
    return List.of();
  }

  private static Map<String, List<Token>> metaOptions(
      List<LogicalLine> lines, int index, int level) {
    Map<String, List<Token>> options = new LinkedHashMap<>();
    List<Token> inline = inlineBody(lines.get(index).tokens());
    assignment(inline).ifPresent(a -> options.put(a.target().text(), a.value()));
    for (int i = index + 1; i < lines.size() && lines.get(i).level() >= level; i++) {
      if (lines.get(i).level() == level) {
        assignment(lines.get(i).tokens())
            .ifPresent(a -> options.putIfAbsent(a.target().text(), a.value()));
      }
    }
    return options;
  }

  /** {@code name = value} or {@code name: annotation = value}. */
  static Optional<ClassDefinition.Assignment> assignment(List<Token> tokens) {
    if (tokens.size() < 3 || tokens.get(0).type() != TokenType.NAME) {
      return Optional.empty();
    }
    if (tokens.get(1).is("=")) {
      return Optional.of(
          new ClassDefinition.Assignment(tokens.get(0), tokens.subList(2, tokens.size())));
    }
    if (tokens.get(1).is(":")) {
      int depth = 0;
      for (int i = 2; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        depth += token.is("(") || token.is("[") ? 1 : token.is(")") || token.is("]") ? -1 : 0;
        if (depth == 0 && token.is("=") && i + 1 < tokens.size()) {
          return Optional.of(
              new ClassDefinition.Assignment(tokens.get(0), tokens.subList(i + 1, tokens.size())));
        }
      }
    }
    return Optional.empty();
  }
}
