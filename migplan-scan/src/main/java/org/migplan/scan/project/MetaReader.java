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
import org.migplan.scan.python.StringLiterals;
import org.migplan.scan.python.Token;
import org.migplan.scan.python.TokenType;

/**
 * Reads the {@code Meta} options of a scanned model that follow its class name: {@code
 * verbose_name} and the {@code Meta.indexes} named with {@code %(class)s}.
 */
public final class MetaReader {
  private MetaReader() {}

  /** The model's Meta options; {@link ModelMeta#NONE} when its class body cannot be found. */
  public static ModelMeta read(ScannedProject project, ModelDeclaration model) {
    Optional<ClassDefinition> definition =
        project.files().python().stream()
            .filter(f -> f.relative().equals(model.file()))
            .findFirst()
            .flatMap(project.modules()::module)
            .flatMap(m -> m.findClass(model.label().objectName()));
    if (definition.isEmpty()) {
      return ModelMeta.NONE;
    }
    ClassDefinition body = definition.get();
    Optional<String> verboseName =
        Optional.ofNullable(body.meta().get("verbose_name")).flatMap(MetaReader::literal);
    List<RelationField> fields = project.model().relationsFrom(model.label());
    List<ClassNamedIndex> indexes =
        Optional.ofNullable(body.meta().get("indexes"))
            .map(tokens -> classNamedIndexes(tokens, fields))
            .orElse(List.of());
    Optional<String> verboseNamePlural =
        Optional.ofNullable(body.meta().get("verbose_name_plural")).flatMap(MetaReader::literal);
    return new ModelMeta(verboseName, indexes, verboseNamePlural);
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

  private static List<ClassNamedIndex> classNamedIndexes(
      List<Token> tokens, List<RelationField> fields) {
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
      Optional<String> name = call.get().keyword("name").flatMap(StringLiterals::constant);
      if (name.isPresent() && name.get().contains("%(class)s")) {
        List<String> names = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Token field : call.get().keyword("fields").orElse(List.of())) {
          if (field.type() == TokenType.STRING) {
            String fieldName = StringLiterals.content(field);
            fieldName = fieldName.startsWith("-") ? fieldName.substring(1) : fieldName;
            names.add(fieldName);
            columns.add(column(fieldName, fields));
          }
        }
        found.add(new ClassNamedIndex(name.get(), names, columns));
      }
    }
    return found;
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
