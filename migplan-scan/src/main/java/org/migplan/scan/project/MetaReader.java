package org.migplan.scan.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migplan.core.django.ClassNamedIndex;
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
    List<ClassNamedIndex> indexes =
        inheritedOption(resolver, new ClassRef(file.get(), module.get(), body), "indexes", 0)
            .map(tokens -> namedIndexes(tokens, fields, model.dbTable()))
            .orElse(List.of());
    Optional<String> verboseNamePlural =
        Optional.ofNullable(body.meta().get("verbose_name_plural")).flatMap(MetaReader::literal);
    return new ModelMeta(verboseName, indexes, verboseNamePlural);
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

  private static List<ClassNamedIndex> namedIndexes(
      List<Token> tokens, List<RelationField> fields, Optional<String> explicitTable) {
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
        found.add(new ClassNamedIndex(template.get(), written, columns));
      } else if (name.isEmpty() && isPlainIndex(call.get()) && !columns.isEmpty()) {
        found.add(ClassNamedIndex.unnamed(written, columns, "idx", explicitTable));
      }
    }
    return found;
  }

  /**
   * Whether the call is {@code Index(fields=[...])} and nothing else: the only unnamed index whose
   * AddIndex migplan writes (other classes and options would have to be written out as given).
   */
  private static boolean isPlainIndex(Call call) {
    return call.simpleName().equals("Index")
        && call.arguments().stream().allMatch(a -> a.keyword().equals("fields"));
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
