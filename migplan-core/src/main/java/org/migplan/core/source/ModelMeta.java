package org.migplan.core.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.migplan.core.django.ClassNamedIndex;

/**
 * The {@code Meta} options of a model that a rename needs beyond its declaration.
 *
 * @param verboseName {@code Meta.verbose_name} when set to a literal (a {@code gettext} call around
 *     a literal counts)
 * @param classNamedIndexes {@code Meta.indexes} entries whose name uses {@code %(class)s}, in
 *     declaration order
 * @param verboseNamePlural {@code Meta.verbose_name_plural} when set to a literal
 */
public record ModelMeta(
    Optional<String> verboseName,
    List<ClassNamedIndex> classNamedIndexes,
    Optional<String> verboseNamePlural) {
  public static final ModelMeta NONE = new ModelMeta(Optional.empty(), List.of());

  public ModelMeta {
    Objects.requireNonNull(verboseName, "verboseName");
    classNamedIndexes = List.copyOf(classNamedIndexes);
    Objects.requireNonNull(verboseNamePlural, "verboseNamePlural");
  }

  /** Meta options without an explicit verbose_name_plural. */
  public ModelMeta(Optional<String> verboseName, List<ClassNamedIndex> classNamedIndexes) {
    this(verboseName, classNamedIndexes, Optional.empty());
  }
}
