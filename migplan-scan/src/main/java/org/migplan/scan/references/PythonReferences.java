package org.migplan.scan.references;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.ReferenceKind;
import org.migplan.core.source.RelationField;
import org.migplan.scan.project.RelationClasses;
import org.migplan.scan.project.ScannedProject;
import org.migplan.scan.project.SourceFile;
import org.migplan.scan.python.Call;
import org.migplan.scan.python.ClassDefinition;
import org.migplan.scan.python.Expressions;
import org.migplan.scan.python.LogicalLine;
import org.migplan.scan.python.ModuleParser;
import org.migplan.scan.python.PythonModule;
import org.migplan.scan.python.SourceLines;
import org.migplan.scan.python.StringLiterals;
import org.migplan.scan.python.Token;
import org.migplan.scan.python.TokenType;

/**
 * References in one Python file, found over its tokens: names that resolve to the model (through
 * imports and aliases), strings holding its label, permissions, admin URL names, table names or
 * lookups, and names derived from it. Comments and docstrings only give text mentions.
 */
final class PythonReferences {
  private static final Set<String> GENERIC_VIEWS =
      Set.of(
          "ListView",
          "DetailView",
          "CreateView",
          "UpdateView",
          "DeleteView",
          "ArchiveIndexView",
          "YearArchiveView",
          "MonthArchiveView",
          "WeekArchiveView",
          "DayArchiveView",
          "TodayArchiveView",
          "DateDetailView");

  private final ScannedProject project;
  private final TargetPatterns patterns;
  private final boolean uniqueClassName;

  PythonReferences(ScannedProject project, TargetPatterns patterns) {
    this.project = project;
    this.patterns = patterns;
    String objectName = patterns.model.objectName();
    this.uniqueClassName =
        project.model().models().stream()
                .filter(m -> m.label().objectName().equals(objectName))
                .count()
            <= 1;
  }

  /** The file's module: the catalogue's when it parsed the file, else parsed from the text. */
  PythonModule module(SourceFile file, String text) {
    return project
        .modules()
        .parsedModule(file)
        .orElseGet(() -> ModuleParser.parse(file.moduleName(), file.isPackageInit(), text));
  }

  List<CodeReference> scan(SourceFile file, PythonModule module, String text) {
    return new FileScan(file, module, SourceLines.of(text)).run();
  }

  /** The scan of one file. */
  private final class FileScan {
    private final SourceFile file;
    private final PythonModule module;
    private final SourceLines lines;
    private final boolean historical;
    private final Map<String, Boolean> resolved = new HashMap<>();
    private final List<CodeReference> found = new ArrayList<>();

    FileScan(SourceFile file, PythonModule module, SourceLines lines) {
      this.file = file;
      this.module = module;
      this.lines = lines;
      this.historical = file.isUnder("migrations");
    }

    List<CodeReference> run() {
      for (LogicalLine line : module.lines()) {
        scanLine(line);
      }
      for (Token token : module.tokens()) {
        if (token.type() == TokenType.COMMENT
            && token.contains(patterns.modelName, 0, token.length(), true)
            && patterns.mentions(token.text())) {
          add(token, ReferenceKind.TEXT_MENTION);
        }
      }
      if (!historical) {
        genericViews();
      }
      return found;
    }

    private void scanLine(LogicalLine line) {
      List<Token> tokens = line.tokens();
      int depth = 0;
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (token.is("(") || token.is("[") || token.is("{")) {
          depth++;
        } else if (token.is(")") || token.is("]") || token.is("}")) {
          depth--;
        } else if (token.type() == TokenType.NAME) {
          name(line, i, depth);
        } else if (token.type() == TokenType.STRING) {
          string(line, i);
        }
      }
    }

    private void name(LogicalLine line, int index, int depth) {
      List<Token> tokens = line.tokens();
      Token token = tokens.get(index);
      String text = token.text();
      boolean afterDot = index > 0 && tokens.get(index - 1).is(".");
      if (isModelName(tokens, index, afterDot)) {
        add(token, classifyName(line, index));
        return;
      }
      if (!patterns.holdsName(text)) {
        return;
      }
      if (afterDot && patterns.surface.reverseAccessors().contains(text)) {
        add(token, ReferenceKind.REVERSE_ACCESSOR);
      } else if (depth > 0
          && index + 1 < tokens.size()
          && tokens.get(index + 1).is("=")
          && patterns.ormPath.matcher(text).matches()) {
        add(token, ReferenceKind.REVERSE_QUERY_LOOKUP);
      }
    }

    /** Whether the name at {@code index} (with its dotted prefix) means the model. */
    private boolean isModelName(List<Token> tokens, int index, boolean afterDot) {
      String text = tokens.get(index).text();
      boolean sameName = text.equals(patterns.model.objectName());
      boolean alias = !afterDot && module.imports().containsKey(text);
      if (!sameName && !alias) {
        return false;
      }
      String chain = afterDot ? chain(tokens, index) : text;
      return resolved.computeIfAbsent(chain, c -> resolvesToModel(c, sameName));
    }

    private boolean resolvesToModel(String chain, boolean sameName) {
      Optional<ModelLabel> label = project.modelLabel(file, module, chain);
      if (label.isPresent()) {
        return RelationField.sameModel(label.get(), patterns.model);
      }
      boolean definedHere = chain.indexOf('.') < 0 && module.findClass(chain).isPresent();
      return sameName && uniqueClassName && !definedHere;
    }

    private String chain(List<Token> tokens, int index) {
      int start = index;
      while (start >= 2
          && tokens.get(start - 1).is(".")
          && tokens.get(start - 2).type() == TokenType.NAME) {
        start -= 2;
      }
      return Expressions.text(tokens.subList(start, index + 1));
    }

    private ReferenceKind classifyName(LogicalLine line, int index) {
      List<Token> tokens = line.tokens();
      if (historical) {
        return ReferenceKind.MIGRATION_HISTORICAL;
      }
      if (line.startsWith("import") || line.startsWith("from")) {
        return ReferenceKind.IMPORT;
      }
      if (line.startsWith("class") && index == 1) {
        return ReferenceKind.CLASS_DEFINITION;
      }
      if (index >= 2 && tokens.get(index - 1).is("=") && tokens.get(index - 2).isName("sender")) {
        return ReferenceKind.SIGNAL;
      }
      if (isRelationTarget(tokens, tokens.get(index))) {
        return ReferenceKind.RELATION_FIELD;
      }
      return ReferenceKind.CLASS_USAGE;
    }

    private boolean isRelationTarget(List<Token> tokens, Token token) {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        Token candidate = tokens.get(i);
        if (candidate.type() != TokenType.NAME
            || candidate.length() < RelationClasses.SHORTEST_NAME
            || !tokens.get(i + 1).is("(")
            || RelationClasses.kindOf(candidate.text()).isEmpty()) {
          continue;
        }
        int start = i;
        while (start >= 2 && tokens.get(start - 1).is(".")) {
          start -= 2;
        }
        Optional<Call> call = Call.parse(tokens, start);
        if (call.isPresent()) {
          List<Token> to =
              call.get().keyword("to").or(() -> call.get().positional(0)).orElse(List.of());
          if (to.stream().anyMatch(t -> t.start() == token.start())) {
            return true;
          }
        }
      }
      return false;
    }

    private void string(LogicalLine line, int index) {
      Token token = line.tokens().get(index);
      long bounds = StringLiterals.contentBounds(token);
      int from = (int) (bounds >>> 32);
      int to = (int) bounds;
      if (!patterns.mayMention(token, from, to)) {
        return;
      }
      String content = token.text(from, to);
      if (line.isBareString()) {
        if (patterns.mentions(content)) {
          add(token, ReferenceKind.TEXT_MENTION);
        }
        return;
      }
      if (line.startsWith("db_table") || (!historical && isRelationTarget(line.tokens(), token))) {
        return; // a relation's target is reported from the model catalogue, where it is written
      }
      Optional<ReferenceKind> kind = classifyString(line, index, content);
      if (kind.isPresent()) {
        add(token, historical ? ReferenceKind.MIGRATION_HISTORICAL : kind.get());
      } else if (patterns.mentions(content)) {
        add(token, historical ? ReferenceKind.MIGRATION_HISTORICAL : ReferenceKind.TEXT_MENTION);
      }
    }

    private Optional<ReferenceKind> classifyString(LogicalLine line, int index, String content) {
      List<Token> tokens = line.tokens();
      if (isGetModelArgument(tokens, index)) {
        return Optional.of(ReferenceKind.GET_MODEL_CALL);
      }
      if (isExportOfTheModel(tokens, content)) {
        return Optional.of(ReferenceKind.CLASS_USAGE);
      }
      boolean keywordBefore = index >= 2 && tokens.get(index - 1).is("=");
      String keyword = keywordBefore ? tokens.get(index - 2).text() : "";
      if (keyword.equals("model") && content.equals(patterns.modelName)) {
        return Optional.of(ReferenceKind.CONTENT_TYPE_LOOKUP);
      }
      Optional<ReferenceKind> kind = patterns.classifyString(content);
      if (kind.isPresent()
          && kind.get() == ReferenceKind.STRING_LABEL
          && keyword.equals("sender")) {
        return Optional.of(ReferenceKind.SIGNAL);
      }
      if (kind.isPresent()
          && kind.get() == ReferenceKind.STRING_LABEL
          && isRelationTarget(tokens, tokens.get(index))) {
        return Optional.of(ReferenceKind.RELATION_FIELD);
      }
      return kind;
    }

    /**
     * Whether the string is the model's class name in the module's {@code __all__} ({@code __all__
     * = [...]}, {@code +=}, {@code .append}, {@code .extend}) and the module binds that name to the
     * model: {@code from module import *} would fail once the class is renamed.
     */
    private boolean isExportOfTheModel(List<Token> tokens, String content) {
      if (tokens.size() < 3
          || !tokens.get(0).isName("__all__")
          || !content.equals(patterns.model.objectName())
          || !(tokens.get(1).is("=") || tokens.get(1).is("+=") || tokens.get(1).is("."))) {
        return false;
      }
      // the declaring module's class resolves to the model too
      return resolved.computeIfAbsent(content, c -> resolvesToModel(c, true));
    }

    private boolean isGetModelArgument(List<Token> tokens, int index) {
      for (int i = 0; i < index; i++) {
        if (!tokens.get(i).isName("get_model") && !tokens.get(i).isName("get_by_natural_key")) {
          continue;
        }
        Optional<Call> call = Call.parse(tokens, i);
        if (call.isEmpty()) {
          continue;
        }
        List<String> values =
            call.get().arguments().stream()
                .map(a -> StringLiterals.constant(a.value()).orElse(""))
                .toList();
        boolean pair =
            values.size() >= 2
                && values.get(0).equals(patterns.model.appLabel())
                && values.get(1).equalsIgnoreCase(patterns.modelName);
        boolean single = values.size() == 1 && patterns.label.matcher(values.get(0)).matches();
        boolean holdsToken =
            call.get().arguments().stream()
                .anyMatch(
                    a -> a.value().stream().anyMatch(t -> t.start() == tokens.get(index).start()));
        if ((pair || single) && holdsToken) {
          return true;
        }
      }
      return false;
    }

    /** Generic class-based views on the model without template_name rely on default names. */
    private void genericViews() {
      for (ClassDefinition definition : module.classes()) {
        boolean generic =
            definition.bases().stream()
                .map(Expressions::text)
                .map(b -> b.substring(b.lastIndexOf('.') + 1))
                .anyMatch(GENERIC_VIEWS::contains);
        if (!generic || definition.assignment("template_name").isPresent()) {
          continue;
        }
        definition
            .assignment("model")
            .filter(
                a ->
                    Expressions.dotted(a.value())
                        .map(d -> resolvesToModel(d, d.endsWith(patterns.model.objectName())))
                        .orElse(false))
            .ifPresent(a -> add(a.target(), ReferenceKind.DEFAULT_TEMPLATE_NAME));
      }
    }

    private void add(Token token, ReferenceKind kind) {
      if (kind == ReferenceKind.RELATION_FIELD) {
        return; // reported from the model catalogue, once per field, where its target is written
      }
      int line = token.line();
      int column = token.column() + 1;
      if (token.type() == TokenType.STRING && token.text().indexOf('\n') >= 0) {
        int at = patterns.firstMatch(token.text(), kind);
        if (at > 0) {
          String before = token.text().substring(0, at);
          int breaks = (int) before.chars().filter(c -> c == '\n').count();
          line += breaks;
          column = breaks == 0 ? column + at : at - before.lastIndexOf('\n');
        }
      }
      int lineIndex = line - 1;
      String text =
          lineIndex >= 0 && lineIndex < lines.count() ? lines.get(lineIndex) : token.text();
      boolean mustChange = References.mustChange(kind, patterns);
      found.add(new CodeReference(file.relative(), line, column, text, kind, mustChange));
    }
  }
}
