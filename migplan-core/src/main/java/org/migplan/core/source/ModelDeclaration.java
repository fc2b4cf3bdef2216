package org.migplan.core.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.naming.DjangoNames;

/**
 * A model class as declared in the sources.
 *
 * @param label the model's label (app label from Meta.app_label, else the app's label)
 * @param file the file declaring it, relative to the project root
 * @param line the line of its {@code class} statement (1-based)
 * @param bases the base classes as written, e.g. {@code models.Model}
 * @param dbTable {@code Meta.db_table} when it is set to a literal
 * @param isAbstract {@code Meta.abstract}
 * @param proxy {@code Meta.proxy}
 * @param managed {@code Meta.managed} (true unless set to False)
 * @param parents the labels of model bases that resolved (abstract, concrete or proxied)
 */
public record ModelDeclaration(
    ModelLabel label,
    String file,
    int line,
    List<String> bases,
    Optional<String> dbTable,
    boolean isAbstract,
    boolean proxy,
    boolean managed,
    List<ModelLabel> parents) {
  public ModelDeclaration {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(file, "file");
    bases = List.copyOf(bases);
    Objects.requireNonNull(dbTable, "dbTable");
    parents = List.copyOf(parents);
  }

  /** The table Django uses: Meta.db_table, else the default name truncated for the backend. */
  public String table(OptionalInt maxNameLength) {
    return dbTable.orElseGet(
        () -> DjangoNames.defaultTableName(label.appLabel(), label.objectName(), maxNameLength));
  }

  /** Whether the model has a table of its own (neither abstract nor a proxy). */
  public boolean isConcrete() {
    return !isAbstract && !proxy;
  }
}
