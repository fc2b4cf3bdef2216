package org.migplan.db.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migplan.core.database.TableName;
import org.migplan.core.database.TableSchema;

/**
 * One engine's catalog, read over an open connection: which tables exist, their structure and
 * sizes. Everything that counts rows is engine-neutral SQL built by {@link TableAuditor} and {@link
 * ReferenceMapper}; only what the engines spell differently lives here.
 */
public interface Catalog {

  /** Every table visible to migplan, sorted. */
  List<TableName> tables();

  /** The table with this exact name, if it exists (PostgreSQL: the first on the search path). */
  Optional<TableName> find(String name);

  /** The table's columns, keys, indexes, constraints and foreign keys in both directions. */
  TableSchema schema(TableName table);

  /**
   * The schemas of several tables, in the order given (duplicates once). Engines with a server read
   * them in one round of catalog queries rather than one per table.
   */
  default Map<TableName, TableSchema> schemas(Collection<TableName> tables) {
    Map<TableName, TableSchema> schemas = new LinkedHashMap<>();
    tables.forEach(t -> schemas.computeIfAbsent(t, this::schema));
    return schemas;
  }

  /** The planner's estimate and the on-disk sizes, as far as the engine tells them. */
  TableSize size(TableName table);

  /**
   * The engine's own estimate of distinct values per column, from statistics it already keeps;
   * empty when it keeps none. Never scans the table.
   */
  Map<String, Long> distinctEstimates(TableName table);

  /** The table's name quoted for SQL, schema-qualified where the engine has schemas. */
  String qualified(TableName table);

  /** Quotes one identifier. */
  String quote(String identifier);

  /**
   * A query returning {@code (position, value, rows)} for the value counts of each column (its
   * position in {@code columns}; the value as text, NULL for NULL). A column may be cut off once it
   * has more than {@code maxValues} distinct values.
   */
  String breakdownSql(TableName table, List<String> columns, int maxValues);
}
