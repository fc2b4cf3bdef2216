package org.migplan.core.django;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.migplan.core.naming.DjangoNames;

/**
 * A {@code Meta.indexes} entry (the model's own or inherited) whose name follows the model: written
 * with {@code %(class)s}, or written without a name, which Django derives from the model's table
 * ({@code Index.set_name_with_model}, §1.4) -- so renaming a model whose table is not set in its
 * {@code Meta} renames it too. Or a {@code Meta.constraints} entry named with {@code %(class)s}
 * ({@code constraint}): Django has no operation that renames a constraint, so it is removed and
 * added again under the new name, as the app's migrations wrote it.
 *
 * @param template the name as written, e.g. {@code %(class)s_ne_idx}; empty for an index written
 *     without a name
 * @param fields the indexed field names as written ({@code -name} for a descending one)
 * @param columns the indexed columns, in the same order
 * @param suffix the index class's suffix ({@code idx} for {@code Index}), which a derived name ends
 *     with
 * @param explicitTable the model's {@code Meta.db_table}, when set (a derived name then never
 *     changes)
 * @param migrated the index as the app's own migrations wrote it, for an AddIndex that keeps its
 *     class and options (empty: a plain {@code models.Index(fields=[...])} is written); for a
 *     constraint, the call its AddConstraint writes (empty: none of the app's migrations names it,
 *     and no operation can be written)
 * @param constraint whether it is a {@code Meta.constraints} entry
 */
public record ClassNamedIndex(
    String template,
    List<String> fields,
    List<String> columns,
    String suffix,
    Optional<String> explicitTable,
    Optional<MigratedCall> migrated,
    boolean constraint) {
  public ClassNamedIndex {
    Objects.requireNonNull(template, "template");
    fields = List.copyOf(fields);
    columns = List.copyOf(columns);
    Objects.requireNonNull(suffix, "suffix");
    Objects.requireNonNull(explicitTable, "explicitTable");
    Objects.requireNonNull(migrated, "migrated");
    if (template.isEmpty() && (columns.isEmpty() || constraint)) {
      throw new IllegalArgumentException("an index without a name needs its columns");
    }
  }

  /**
   * An index call as a migration wrote it, e.g. {@code
   * django.contrib.postgres.indexes.GinIndex(fields=['tags'], name='shop_store_tags',
   * opclasses=['gin_trgm_ops'])}, split around its name's string literal, with the {@code import}
   * lines its dotted names need.
   */
  public record MigratedCall(String beforeName, String afterName, List<String> imports) {
    public MigratedCall {
      Objects.requireNonNull(beforeName, "beforeName");
      Objects.requireNonNull(afterName, "afterName");
      imports = List.copyOf(imports);
    }

    /** The call with {@code nameLiteral} (a Python string literal) as its name. */
    public String withName(String nameLiteral) {
      return beforeName + nameLiteral + afterName;
    }
  }

  /** An index whose AddIndex migplan writes as a plain {@code models.Index}. */
  public ClassNamedIndex(
      String template,
      List<String> fields,
      List<String> columns,
      String suffix,
      Optional<String> explicitTable) {
    this(template, fields, columns, suffix, explicitTable, Optional.empty(), false);
  }

  /** A {@code Meta.constraints} entry named with {@code %(class)s}. */
  public static ClassNamedIndex constraint(String template) {
    return new ClassNamedIndex(
        template, List.of(), List.of(), "", Optional.empty(), Optional.empty(), true);
  }

  /** The same index, re-added as the app's migrations wrote it. */
  public ClassNamedIndex withMigrated(MigratedCall call) {
    return new ClassNamedIndex(
        template, fields, columns, suffix, explicitTable, Optional.of(call), constraint);
  }

  /** An index named with {@code %(class)s}. */
  public ClassNamedIndex(String template, List<String> fields, List<String> columns) {
    this(template, fields, columns, "idx", Optional.empty());
  }

  /** An index written without a name, on a model whose table is {@code explicitTable} if set. */
  public static ClassNamedIndex unnamed(
      List<String> fields, List<String> columns, String suffix, Optional<String> explicitTable) {
    return new ClassNamedIndex("", fields, columns, suffix, explicitTable);
  }

  /** Whether Django derives the name (the index was written without one). */
  public boolean unnamed() {
    return template.isEmpty();
  }

  /**
   * The index name for a model: the template as {@code Options._format_names} fills it, or the name
   * {@code Index.set_name_with_model} derives from the model's table (its default table, {@code
   * app_label_modelname}, unless {@code Meta.db_table} sets one; a default table longer than a
   * backend's identifier limit, which Django shortens first, is not followed).
   */
  public String nameFor(String appLabel, String objectName) {
    if (unnamed()) {
      String table =
          explicitTable.orElseGet(
              () -> DjangoNames.defaultTableName(appLabel, objectName, OptionalInt.empty()));
      return DjangoNames.autoIndexName(table, orderedColumns(), suffix);
    }
    return template
        .replace("%(class)s", DjangoNames.modelName(objectName))
        .replace("%(app_label)s", appLabel.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the index's {@code i}th column is descending (its field written {@code -name}). */
  public boolean descending(int i) {
    return i < fields.size() && fields.get(i).startsWith("-");
  }

  /** The columns as the name's digest takes them: {@code -column} for a descending field. */
  private List<String> orderedColumns() {
    List<String> ordered = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      ordered.add(descending(i) ? "-" + columns.get(i) : columns.get(i));
    }
    return ordered;
  }

  /** The order the plan lists indexes in: by written name, then by fields. */
  public static final java.util.Comparator<ClassNamedIndex> ORDER =
      java.util.Comparator.comparing(ClassNamedIndex::template)
          .thenComparing(i -> String.join(",", i.fields()));
}
