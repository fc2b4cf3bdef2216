package org.migplan.scan.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migplan.core.django.ClassNamedIndex;
import org.migplan.core.django.RelatedNameChange;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.ModelDeclaration;
import org.migplan.core.source.ModelMeta;
import org.migplan.core.source.RelationField;
import org.migplan.core.source.RelationKind;
import org.migplan.scan.python.Call;
import org.migplan.scan.python.ClassDefinition;
import org.migplan.scan.python.PythonModule;
import org.migplan.scan.python.StringLiterals;
import org.migplan.scan.python.Token;
import org.migplan.scan.python.TokenType;

/**
 * Reads the {@code Meta} options of a scanned model that follow its class name: {@code
 * verbose_name} and the {@code Meta.indexes} whose names follow it -- named with {@code %(class)s},
 * or written without a name (Django derives one from the table). {@code indexes} is looked up as
 * Python finds a Meta attribute: the model's own {@code class Meta}, then the Metas it subclasses
 * ({@code class Meta(Parent.Meta)}); a model without a Meta of its own takes its abstract bases'.
 */
public final class MetaReader {
  private MetaReader() {}

  /** The model's Meta options; {@link ModelMeta#NONE} when its class body cannot be found. */
  public static ModelMeta read(ScannedProject project, ModelDeclaration model) {
    Optional<SourceFile> file =
        project.files().python().stream()
            .filter(f -> f.relative().equals(model.file()))
            .findFirst();
    Optional<PythonModule> module = file.flatMap(project.modules()::module);
    Optional<ClassDefinition> definition =
        module.flatMap(m -> m.findClass(model.label().objectName()));
    if (definition.isEmpty()) {
      return ModelMeta.NONE;
    }
    ClassDefinition body = definition.get();
    Optional<String> verboseName =
        Optional.ofNullable(body.meta().get("verbose_name")).flatMap(MetaReader::literal);
    List<RelationField> fields = project.model().relationsFrom(model.label());
    ClassResolver resolver = new ClassResolver(project.modules());
    ClassRef ref = new ClassRef(file.get(), module.get(), body);
    List<ClassNamedIndex> indexes =
        new ArrayList<>(
            inheritedOption(resolver, ref, "indexes", 0)
                .map(
                    tokens ->
                        namedIndexes(
                            tokens,
                            fields,
                            model.dbTable(),
                            index -> withMigratedCall(project, model, index)))
                .orElse(List.of()));
    inheritedOption(resolver, ref, "constraints", 0)
        .ifPresent(
            tokens ->
                namedConstraints(tokens).stream()
                    .map(constraint -> withMigratedCall(project, model, constraint))
                    .forEach(indexes::add));
    Optional<String> verboseNamePlural =
        Optional.ofNullable(body.meta().get("verbose_name_plural")).flatMap(MetaReader::literal);
    return new ModelMeta(verboseName, indexes, verboseNamePlural);
  }

  /**
   * The swappable setting that names the model, as Django decides which model a swappable setting
   * stands for: {@code AUTH_USER_MODEL} when the project's setting names it; else a setting {@code
   * S} some concrete model declares with {@code Meta.swappable = "S"}, when the project sets {@code
   * S} to the model, or leaves it unset and the model is the one declaring it. Empty when no
   * swappable setting stands for the model.
   */
  public static Optional<String> swappableSetting(ScannedProject project, ModelDeclaration model) {
    ModelLabel label = model.label();
    if (project.settings().get("AUTH_USER_MODEL").filter(v -> names(v, label)).isPresent()) {
      return Optional.of("AUTH_USER_MODEL");
    }
    java.util.Map<String, SourceFile> files = new java.util.HashMap<>();
    project.files().python().forEach(f -> files.put(f.relative(), f));
    ClassResolver resolver = new ClassResolver(project.modules());
    for (ModelDeclaration declaring : project.model().models()) {
      if (!declaring.isConcrete()) {
        continue;
      }
      Optional<String> setting =
          classRef(project, files, declaring)
              .flatMap(ref -> inheritedOption(resolver, ref, "swappable", 0))
              .flatMap(StringLiterals::constant);
      if (setting.isEmpty() || setting.get().equals("AUTH_USER_MODEL")) {
        continue;
      }
      boolean standsFor =
          project
              .settings()
              .get(setting.get())
              .map(value -> names(value, label))
              .orElseGet(() -> RelationField.sameModel(declaring.label(), label));
      if (standsFor) {
        return setting;
      }
    }
    return Optional.empty();
  }

  /** Whether a label setting such as {@code "oauth2_provider.Application"} names the model. */
  private static boolean names(String value, ModelLabel label) {
    int dot = value.indexOf('.');
    return dot > 0
        && dot == value.lastIndexOf('.')
        && RelationField.sameModel(
            new ModelLabel(value.substring(0, dot), value.substring(dot + 1)), label);
  }

  private static Optional<ClassRef> classRef(
      ScannedProject project, java.util.Map<String, SourceFile> files, ModelDeclaration model) {
    SourceFile file = files.get(model.file());
    if (file == null) {
      return Optional.empty();
    }
    return project
        .modules()
        .module(file)
        .flatMap(
            module ->
                module
                    .findClass(model.label().objectName())
                    .map(definition -> new ClassRef(file, module, definition)));
  }

  /**
   * A Meta option as Python finds it on the model's {@code Meta}: a model with a Meta of its own
   * reads it there ({@link #metaOption}); one without takes the Meta attribute of the first base
   * that has one, which only an abstract model keeps (Django takes a concrete model's Meta away).
   */
  private static Optional<List<Token>> inheritedOption(
      ClassResolver resolver, ClassRef ref, String option, int depth) {
    if (ref.definition().hasMeta()) {
      return metaOption(resolver, ref, option, depth);
    }
    return metaHolder(resolver, ref, depth).flatMap(h -> metaOption(resolver, h, option, depth));
  }

  /**
   * The base whose Meta a class without one finds as its {@code Meta} attribute: the first abstract
   * base with a Meta, searching the bases of concrete ones (whose Meta Django takes away).
   */
  private static Optional<ClassRef> metaHolder(ClassResolver resolver, ClassRef ref, int depth) {
    for (ClassRef base : bases(resolver, ref, ref.definition().bases(), "")) {
      boolean abstractMeta =
          base.definition().hasMeta()
              && "True".equals(text(base.definition().meta().get("abstract")));
      if (abstractMeta) {
        return Optional.of(base);
      }
      Optional<ClassRef> deeper =
          depth < 8 ? metaHolder(resolver, base, depth + 1) : Optional.empty();
      if (deeper.isPresent()) {
        return deeper;
      }
    }
    return Optional.empty();
  }

  /** An option of a class's own Meta, else of the Metas it subclasses ({@code Parent.Meta}). */
  private static Optional<List<Token>> metaOption(
      ClassResolver resolver, ClassRef ref, String option, int depth) {
    List<Token> own = ref.definition().meta().get(option);
    if (own != null || depth > 8) {
      return Optional.ofNullable(own);
    }
    for (ClassRef parent : bases(resolver, ref, ref.definition().metaBases(), ".Meta")) {
      Optional<List<Token>> found = metaOption(resolver, parent, option, depth + 1);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The classes the base expressions name (with {@code suffix} taken off, e.g. {@code .Meta}). */
  private static List<ClassRef> bases(
      ClassResolver resolver, ClassRef ref, List<List<Token>> expressions, String suffix) {
    List<ClassRef> found = new ArrayList<>();
    for (List<Token> base : expressions) {
      org.migplan.scan.python.Expressions.dotted(base)
          .filter(name -> name.endsWith(suffix) && name.length() > suffix.length())
          .map(name -> name.substring(0, name.length() - suffix.length()))
          .flatMap(name -> resolver.resolve(ref.file(), ref.module(), name))
          .ifPresent(found::add);
    }
    return found;
  }

  private static String text(List<Token> value) {
    return value == null ? "" : org.migplan.scan.python.Expressions.text(value);
  }

  /** A string literal, or the literal inside a call such as {@code _('…')}. */
  static Optional<String> literal(List<Token> value) {
    return StringLiterals.constant(value)
        .or(
            () ->
                Call.parse(value, 0)
                    .flatMap(c -> c.positional(0))
                    .flatMap(StringLiterals::constant));
  }

  /**
   * The indexes whose names follow the model; {@code carryOver} completes a {@code %(class)s}-named
   * one written with another class or options.
   */
  private static List<ClassNamedIndex> namedIndexes(
      List<Token> tokens,
      List<RelationField> fields,
      Optional<String> explicitTable,
      java.util.function.UnaryOperator<ClassNamedIndex> carryOver) {
    List<ClassNamedIndex> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean start = token.type() == TokenType.NAME && (i == 0 || !tokens.get(i - 1).is("."));
      if (!start) {
        continue;
      }
      Optional<Call> call = Call.parse(tokens, i);
      if (call.isEmpty() || !call.get().simpleName().endsWith("Index")) {
        continue;
      }
      Optional<List<Token>> name = call.get().keyword("name");
      Optional<String> template = name.flatMap(StringLiterals::constant);
      List<String> written = new ArrayList<>();
      List<String> columns = new ArrayList<>();
      for (Token field : call.get().keyword("fields").orElse(List.of())) {
        if (field.type() == TokenType.STRING) {
          String fieldName = StringLiterals.content(field);
          written.add(fieldName);
          columns.add(
              column(fieldName.startsWith("-") ? fieldName.substring(1) : fieldName, fields));
        }
      }
      if (template.isPresent() && template.get().contains("%(class)s")) {
        ClassNamedIndex index = new ClassNamedIndex(template.get(), written, columns);
        found.add(isPlainIndex(call.get()) ? index : carryOver.apply(index));
      } else if (name.isEmpty() && isPlainIndex(call.get()) && !columns.isEmpty()) {
        found.add(ClassNamedIndex.unnamed(written, columns, "idx", explicitTable));
      }
    }
    return found;
  }

  /**
   * The {@code Meta.constraints} entries named with {@code %(class)s} ({@code UniqueConstraint},
   * {@code CheckConstraint}, {@code ExclusionConstraint}, ...): their names follow the model.
   */
  private static List<ClassNamedIndex> namedConstraints(List<Token> tokens) {
    List<ClassNamedIndex> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.type() != TokenType.NAME || i > 0 && tokens.get(i - 1).is(".")) {
        continue;
      }
      Call.parse(tokens, i)
          .filter(call -> call.simpleName().endsWith("Constraint"))
          .flatMap(call -> call.keyword("name"))
          .flatMap(StringLiterals::constant)
          .filter(template -> template.contains("%(class)s"))
          .ifPresent(template -> found.add(ClassNamedIndex.constraint(template)));
    }
    return found;
  }

  /**
   * An index written with a class or options other than {@code fields=}, with the call the app's
   * latest migration that names it wrote: re-added as a plain {@code models.Index} it would lose
   * them. Without such a call (no migration names it, or the call refers to a name no {@code
   * import} line of its migration binds) it stays plain, as before.
   */
  private static ClassNamedIndex withMigratedCall(
      ScannedProject project, ModelDeclaration model, ClassNamedIndex index) {
    String name = index.nameFor(model.label().appLabel(), model.label().objectName());
    return latestInMigrations(
            project,
            model,
            text -> namedCall(text, name, index.constraint() ? "Constraint" : "Index"))
        .map(index::withMigrated)
        .orElse(index);
  }

  /** What {@code find} finds in the model's app's migrations, looking from the latest back. */
  private static Optional<ClassNamedIndex.MigratedCall> latestInMigrations(
      ScannedProject project,
      ModelDeclaration model,
      java.util.function.Function<String, Optional<ClassNamedIndex.MigratedCall>> find) {
    AppMigrations migrations = AppMigrations.of(project, model);
    java.util.Map<String, SourceFile> files = new java.util.HashMap<>();
    project.files().python().stream()
        .filter(f -> f.directory().equals(migrations.directory()))
        .forEach(f -> files.put(f.fileName(), f));
    for (int i = migrations.names().size() - 1; i >= 0; i--) {
      Optional<ClassNamedIndex.MigratedCall> call =
          Optional.ofNullable(files.get(migrations.names().get(i) + ".py"))
              .flatMap(f -> ProjectFiles.read(f).flatMap(find));
      if (call.isPresent()) {
        return call;
      }
    }
    return Optional.empty();
  }

  /** The {@code …Index(…, name='<name>', …)} call of a migration file, if it has one. */
  static Optional<ClassNamedIndex.MigratedCall> indexCall(String text, String name) {
    return namedCall(text, name, "Index");
  }

  /**
   * The relations of the model whose {@code %(class)s} related_name the rename changes, each with
   * the field as the app's latest migration defining it with today's related_name wrote it (none
   * when no migration defines it so: the plan says it is not altered).
   */
  public static List<RelatedNameChange> relatedNameChanges(
      ScannedProject project, ModelDeclaration model, String newObjectName) {
    return org.migplan.core.source.RenameClashes.relatedNameChanges(
            project.model(), model.label(), newObjectName)
        .stream()
        .map(
            change ->
                latestInMigrations(
                        project,
                        model,
                        text ->
                            keywordCall(
                                text,
                                change.keyword(),
                                change.before(),
                                name -> RelationClasses.kindOf(name).isPresent()))
                    .map(change::withMigrated)
                    .orElse(change))
        .toList();
  }

  /**
   * Like {@link #indexCall} for a call whose class name ends with {@code suffix} ({@code Index},
   * {@code Constraint}).
   */
  static Optional<ClassNamedIndex.MigratedCall> namedCall(String text, String name, String suffix) {
    return keywordCall(text, "name", name, callName -> callName.endsWith(suffix));
  }

  /**
   * The first call the predicate accepts (by its class's simple name) whose {@code keyword} is the
   * string literal {@code value}, split around that literal, with the import lines it needs; empty
   * when none, or when it uses a name no import line of the migration binds.
   */
  static Optional<ClassNamedIndex.MigratedCall> keywordCall(
      String text, String keyword, String value, java.util.function.Predicate<String> callName) {
    List<Token> tokens = org.migplan.scan.python.PythonTokenizer.tokenize(text);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).type() != TokenType.NAME || i > 0 && tokens.get(i - 1).is(".")) {
        continue;
      }
      Optional<Call> call = Call.parse(tokens, i);
      if (call.isEmpty() || !callName.test(call.get().simpleName())) {
        continue;
      }
      Optional<List<Token>> literalTokens = call.get().keyword(keyword);
      if (literalTokens.isEmpty()
          || literalTokens.get().size() != 1
          || !StringLiterals.constant(literalTokens.get()).map(value::equals).orElse(false)) {
        continue;
      }
      Token closing = call.get().closing();
      if (closing == null) {
        return Optional.empty();
      }
      Token literal = literalTokens.get().get(0);
      String before = text.substring(tokens.get(i).start(), literal.start());
      String after = text.substring(literal.end(), closing.end());
      List<String> imports = importLines(text, before + after);
      for (int t = i; tokens.get(t) != closing; t++) {
        Token token = tokens.get(t);
        boolean head =
            token.type() == TokenType.NAME
                && !(t > 0 && tokens.get(t - 1).is("."))
                && !tokens.get(t + 1).is("=");
        if (head
            && !token.text().equals("models")
            && !PYTHON_CONSTANTS.contains(token.text())
            && imports.stream().noneMatch(line -> line.startsWith("import " + token.text() + "."))
            && !imports.contains("import " + token.text())) {
          return Optional.empty(); // a name no import line of the migration binds
        }
      }
      return Optional.of(new ClassNamedIndex.MigratedCall(before, after, imports));
    }
    return Optional.empty();
  }

  private static final java.util.Set<String> PYTHON_CONSTANTS =
      java.util.Set.of("True", "False", "None");

  /**
   * The migration's {@code import a.b.c} lines (as Django's migration writer writes them) whose
   * module the call uses as {@code a.b.c.}, sorted.
   */
  private static List<String> importLines(String text, String call) {
    List<String> lines = new ArrayList<>();
    for (String line : text.lines().toList()) {
      if (!line.startsWith("import ") || line.contains(" as ") || line.contains(",")) {
        continue;
      }
      String module = line.substring("import ".length()).strip();
      if (call.contains(module + ".") && !lines.contains("import " + module)) {
        lines.add("import " + module);
      }
    }
    lines.sort(null);
    return lines;
  }

  /**
   * Whether the call is {@code Index(fields=[...], name=...)} and nothing else: the index an
   * AddIndex of {@code models.Index(fields=[...])} re-creates as it was (other classes and options
   * would have to be written out as given).
   */
  private static boolean isPlainIndex(Call call) {
    return call.simpleName().equals("Index")
        && call.arguments().stream()
            .allMatch(a -> a.keyword().equals("fields") || a.keyword().equals("name"));
  }

  /**
   * The column of a field: a foreign key's {@code db_column} or {@code <name>_id}, else its name.
   */
  private static String column(String field, List<RelationField> fields) {
    return fields.stream()
        .filter(f -> f.field().equals(field))
        .filter(
            f ->
                f.kind() == RelationKind.FOREIGN_KEY
                    || f.kind() == RelationKind.ONE_TO_ONE
                    || f.kind() == RelationKind.FOREIGN_OBJECT)
        .findFirst()
        .map(f -> f.options().dbColumn().orElse(f.field() + "_id"))
        .orElse(field);
  }
}
