package org.migplan.core.source;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.migplan.core.model.ModelLabel;

/**
 * A field declared in the sources that the app's migrations do not produce: {@code makemigrations}
 * would write a migration for it, so a rename's generated migration would come out with more in it
 * than the rename (and, when the field is the renamed model's own, the autodetector no longer sees
 * a rename at all).
 *
 * @param file the declaring file, relative to the project root
 * @param line the declaration's line
 * @param model the model the field belongs to
 * @param field the field's name
 * @param target the model a relation field points at (empty for any other field)
 * @param detail what the migration state has instead
 */
public record PendingMigration(
    String file,
    int line,
    ModelLabel model,
    String field,
    Optional<ModelLabel> target,
    String detail) {
  public static final Comparator<PendingMigration> ORDER =
      Comparator.comparing(PendingMigration::file)
          .thenComparingInt(PendingMigration::line)
          .thenComparing(PendingMigration::field);

  public PendingMigration {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(detail, "detail");
  }

  /** A relation field the migrations lack or point elsewhere. */
  public static PendingMigration of(RelationField relation, String detail) {
    return new PendingMigration(
        relation.file(),
        relation.line(),
        relation.sourceModel(),
        relation.field(),
        relation.target(),
        detail);
  }

  /** A field that is not a relation, which the migrations lack. */
  public static PendingMigration of(ModelField field, String detail) {
    return new PendingMigration(
        field.file(), field.line(), field.model(), field.field(), Optional.empty(), detail);
  }

  /** Whether the field belongs to the model or, as a relation, points at it. */
  public boolean concerns(ModelLabel label) {
    return RelationField.sameModel(model, label)
        || target.map(t -> RelationField.sameModel(t, label)).orElse(false);
  }

  /** {@code file:line: detail}, as the map and the plan list it. */
  public String located() {
    return file + ":" + line + ": " + detail;
  }
}
