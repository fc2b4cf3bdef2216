package org.migplan.core.django;

import java.util.List;
import java.util.Objects;
import org.migplan.core.naming.DjangoNames;

/**
 * A {@code Meta.indexes} entry whose name uses {@code %(class)s}: its name follows the model name
 * (§1.4).
 *
 * @param template the name as written, e.g. {@code %(class)s_ne_idx}
 * @param fields the indexed field names
 * @param columns the indexed columns
 */
public record ClassNamedIndex(String template, List<String> fields, List<String> columns) {
  public ClassNamedIndex {
    Objects.requireNonNull(template, "template");
    fields = List.copyOf(fields);
    columns = List.copyOf(columns);
  }

  /** The index name for a model, as {@code Options._format_names} fills it. */
  public String nameFor(String appLabel, String objectName) {
    return template
        .replace("%(class)s", DjangoNames.modelName(objectName))
        .replace("%(app_label)s", appLabel.toLowerCase(java.util.Locale.ROOT));
  }
}
