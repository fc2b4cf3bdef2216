package org.migplan.core.source;

import java.util.Objects;
import java.util.Optional;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.naming.DjangoNames;

/**
 * A relational field of a concrete (or abstract) model. A field declared on an abstract base
 * appears once for each concrete subclass, with {@code inheritedFrom} set.
 *
 * @param file the file of the declaration, relative to the project root
 * @param line the line of the declaration
 * @param sourceModel the model that owns the field (the concrete subclass for inherited fields)
 * @param field the field's name
 * @param fieldClass the field class as written, e.g. {@code models.ForeignKey}
 * @param kind what kind of relation it is
 * @param targetText the target as written ({@code 'self'}, {@code Member}, {@code 'app.Model'})
 * @param target the resolved target model, empty when it could not be resolved statically
 * @param options the field's options
 * @param inheritedFrom the abstract base declaring the field, when inherited
 * @param origin where it was found; for {@link RelationOrigin#MIGRATIONS} {@code file} and {@code
 *     line} are the migration operation that last set the field
 * @param targetLine the line in {@code file} where the target is written, which a call spread over
 *     several lines puts below {@code line}: the spot a rename edits; 0 when not known
 * @param targetColumn the 1-based column of the target on {@code targetLine}; 0 when not known
 */
public record RelationField(
    String file,
    int line,
    ModelLabel sourceModel,
    String field,
    String fieldClass,
    RelationKind kind,
    String targetText,
    Optional<ModelLabel> target,
    RelationOptions options,
    Optional<ModelLabel> inheritedFrom,
    RelationOrigin origin,
    int targetLine,
    int targetColumn) {
  public RelationField {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sourceModel, "sourceModel");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(fieldClass, "fieldClass");
    Objects.requireNonNull(kind, "kind");
    targetText = targetText == null ? "" : targetText;
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(inheritedFrom, "inheritedFrom");
    Objects.requireNonNull(origin, "origin");
  }

  /** A relation whose target's position is not known (an implicit field, the migration state). */
  public RelationField(
      String file,
      int line,
      ModelLabel sourceModel,
      String field,
      String fieldClass,
      RelationKind kind,
      String targetText,
      Optional<ModelLabel> target,
      RelationOptions options,
      Optional<ModelLabel> inheritedFrom,
      RelationOrigin origin) {
    this(
        file,
        line,
        sourceModel,
        field,
        fieldClass,
        kind,
        targetText,
        target,
        options,
        inheritedFrom,
        origin,
        0,
        0);
  }

  /** Whether only the migration state has this field. */
  public boolean fromMigrations() {
    return origin == RelationOrigin.MIGRATIONS;
  }

  /** Whether the field points at the model (the model part compared case-insensitively). */
  public boolean pointsAt(ModelLabel model) {
    return target.map(t -> sameModel(t, model)).orElse(false);
  }

  /** The related_name with Django's placeholders filled in for the owning model. */
  public Optional<String> relatedName() {
    return options
        .relatedName()
        .map(
            name ->
                DjangoNames.formatRelatedName(
                    name, sourceModel.appLabel(), sourceModel.objectName()));
  }

  /** The accessor Django adds to the target, empty when the relation is hidden or has none. */
  public Optional<String> reverseAccessor() {
    if (kind == RelationKind.GENERIC_FOREIGN_KEY || kind == RelationKind.GENERIC_RELATION) {
      return Optional.empty();
    }
    String accessor =
        DjangoNames.reverseAccessor(
            sourceModel.objectName(), relatedName().orElse(null), kind.isOneToOne());
    return DjangoNames.isHiddenRelatedName(accessor) ? Optional.empty() : Optional.of(accessor);
  }

  /** The name used in lookups on the target, empty when the relation is hidden. */
  public Optional<String> reverseQueryName() {
    if (kind == RelationKind.GENERIC_FOREIGN_KEY || kind == RelationKind.GENERIC_RELATION) {
      return Optional.empty();
    }
    if (relatedName().filter(DjangoNames::isHiddenRelatedName).isPresent()) {
      return Optional.empty();
    }
    Optional<String> queryName =
        options
            .relatedQueryName()
            .map(
                name ->
                    DjangoNames.formatRelatedName(
                        name, sourceModel.appLabel(), sourceModel.objectName()));
    return Optional.of(
        DjangoNames.reverseQueryName(
            sourceModel.objectName(), relatedName().orElse(null), queryName.orElse(null)));
  }

  /** Two labels name the same model: same app label, same model name ignoring case. */
  public static boolean sameModel(ModelLabel a, ModelLabel b) {
    return a.appLabel().equals(b.appLabel()) && a.objectName().equalsIgnoreCase(b.objectName());
  }
}
