package org.migplan.core.database;

import java.util.Objects;
import org.migplan.core.model.ModelLabel;

/** The audit of a model's table: its structure and what it holds. */
public record TableAudit(
    ModelLabel model, String engine, TableSchema schema, TableStatistics statistics) {
  public TableAudit {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(statistics, "statistics");
  }

  public TableName table() {
    return schema.table();
  }
}
