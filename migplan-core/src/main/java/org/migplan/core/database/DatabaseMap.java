package org.migplan.core.database;

import java.util.List;
import java.util.Objects;
import org.migplan.core.model.ModelLabel;

/** Every reference to the model's table in the database, and Django's records of the model. */
public record DatabaseMap(
    ModelLabel model, TableName table, List<DbRelation> relations, DjangoState django) {
  public DatabaseMap {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(table, "table");
    relations = relations.stream().sorted(DbRelation.ORDER).toList();
    Objects.requireNonNull(django, "django");
  }
}
