package org.migplan.db.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.migplan.core.database.Column;
import org.migplan.core.database.Constraint;
import org.migplan.core.database.ConstraintKind;
import org.migplan.core.database.ForeignKey;
import org.migplan.core.database.Index;
import org.migplan.core.database.TableName;
import org.migplan.core.database.TableSchema;
import org.migplan.db.Dialect;

/** PostgreSQL's catalog, read from {@code pg_catalog} on the connection's search path. */
final class PostgresCatalog implements Catalog {
  private static final String ENGINE = "postgres";
  private final Dialect dialect;
  private final Handle handle;
  private List<TableName> onSearchPath;

  PostgresCatalog(Dialect dialect, Handle handle) {
    this.dialect = dialect;
    this.handle = handle;
  }

  @Override
  public List<TableName> tables() {
    return onSearchPath().stream().distinct().sorted().toList();
  }

  @Override
  public Optional<TableName> find(String name) {
    return onSearchPath().stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The tables in search-path order, read once per catalog (one connection, one snapshot). */
  private List<TableName> onSearchPath() {
    if (onSearchPath == null) {
      onSearchPath =
          handle
              .createQuery(sql("tables"))
              .map(
                  (rs, ctx) ->
                      new TableName(rs.getString("schema_name"), rs.getString("table_name")))
              .list();
    }
    return onSearchPath;
  }

  @Override
  public TableSchema schema(TableName table) {
    return schemas(List.of(table)).get(table);
  }

  /** Four catalog queries for any number of tables. */
  @Override
  public Map<TableName, TableSchema> schemas(Collection<TableName> tables) {
    List<TableName> wanted = tables.stream().distinct().toList();
    Map<TableName, List<Column>> columns =
        byTable(
            wanted,
            "columns",
            rs ->
                new Column(
                    rs.getString("column_name"),
                    rs.getString("column_type"),
                    rs.getBoolean("nullable"),
                    Optional.ofNullable(rs.getString("default_expression")),
                    rs.getString("identity")));
    Map<TableName, List<Constraint>> constraints =
        byTable(wanted, "constraints", PostgresCatalog::constraint);
    Map<TableName, List<Index>> indexes =
        byTable(
            wanted,
            "indexes",
            rs ->
                new Index(
                    rs.getString("index_name"),
                    strings(rs.getArray("columns")),
                    rs.getBoolean("is_unique"),
                    rs.getBoolean("is_primary"),
                    rs.getString("definition")));
    List<ForeignKey> keys =
        tablesQuery("foreign_keys", wanted).map((rs, ctx) -> foreignKey(rs)).list();
    Map<TableName, TableSchema> schemas = new LinkedHashMap<>();
    for (TableName table : wanted) {
      schemas.put(
          table,
          schema(
              table,
              columns.getOrDefault(table, List.of()),
              constraints.getOrDefault(table, List.of()),
              indexes.getOrDefault(table, List.of()),
              keys));
    }
    return schemas;
  }

  private static TableSchema schema(
      TableName table,
      List<Column> columns,
      List<Constraint> constraints,
      List<Index> indexes,
      List<ForeignKey> keys) {
    List<String> primaryKey =
        constraints.stream()
            .filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY)
            .findFirst()
            .map(Constraint::columns)
            .orElse(List.of());
    return new TableSchema(
        table,
        columns,
        primaryKey,
        indexes,
        constraints,
        keys.stream().filter(k -> k.table().equals(table)).toList(),
        keys.stream().filter(k -> k.referencedTable().equals(table)).toList());
  }

  /** Rows of one catalog query over several tables, grouped by table in the query's order. */
  private <T> Map<TableName, List<T>> byTable(
      List<TableName> tables, String name, RowReader<T> reader) {
    Map<TableName, List<T>> rows = new HashMap<>();
    tablesQuery(name, tables)
        .map(
            (rs, ctx) ->
                Map.entry(
                    new TableName(rs.getString("table_schema"), rs.getString("table_name")),
                    reader.read(rs)))
        .forEach(e -> rows.computeIfAbsent(e.getKey(), t -> new ArrayList<>()).add(e.getValue()));
    return rows;
  }

  /** Reads one value from the current row. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private org.jdbi.v3.core.statement.Query tablesQuery(String name, List<TableName> tables) {
    return handle
        .createQuery(sql(name))
        .bindArray("schemas", String.class, tables.stream().map(TableName::schema).toList())
        .bindArray("tables", String.class, tables.stream().map(TableName::name).toList());
  }

  @Override
  public TableSize size(TableName table) {
    return query("size", table)
        .map(
            (rs, ctx) -> {
              long estimate = rs.getLong("estimated_rows");
              return new TableSize(
                  estimate < 0 ? OptionalLong.empty() : OptionalLong.of(estimate),
                  OptionalLong.of(rs.getLong("table_bytes")),
                  OptionalLong.of(rs.getLong("index_bytes")));
            })
        .findFirst()
        .orElse(TableSize.UNKNOWN);
  }

  @Override
  public Map<String, Long> distinctEstimates(TableName table) {
    OptionalLong rows = size(table).estimatedRows();
    Map<String, Long> estimates = new HashMap<>();
    query("distinct_estimates", table)
        .map((rs, ctx) -> Map.entry(rs.getString("column_name"), rs.getDouble("n_distinct")))
        .forEach(
            e -> {
              double n = e.getValue();
              if (n >= 0) {
                estimates.put(e.getKey(), (long) n);
              } else if (rows.isPresent()) {
                estimates.put(e.getKey(), (long) Math.ceil(-n * rows.getAsLong()));
              }
            });
    return estimates;
  }

  @Override
  public String qualified(TableName table) {
    return table.schema().isEmpty()
        ? quote(table.name())
        : quote(table.schema()) + "." + quote(table.name());
  }

  @Override
  public String quote(String identifier) {
    return dialect.quote(identifier);
  }

  /**
   * One scan: every row is expanded into one (position, value) pair per column, grouped once; a
   * window over the groups drops columns with too many distinct values.
   */
  @Override
  public String breakdownSql(TableName table, List<String> columns, int maxValues) {
    String values =
        IntStream.range(0, columns.size())
            .mapToObj(i -> "(" + i + ", CAST(t." + quote(columns.get(i)) + " AS text))")
            .collect(Collectors.joining(", "));
    return "SELECT position, value, rows FROM ("
        + "SELECT x.position, x.value, count(*) AS rows,"
        + " count(*) OVER (PARTITION BY x.position) AS distinct_values"
        + " FROM "
        + qualified(table)
        + " AS t CROSS JOIN LATERAL (VALUES "
        + values
        + ") AS x(position, value) GROUP BY x.position, x.value) AS counted"
        + " WHERE distinct_values <= "
        + maxValues;
  }

  private org.jdbi.v3.core.statement.Query query(String name, TableName table) {
    return handle.createQuery(sql(name)).bind("schema", table.schema()).bind("table", table.name());
  }

  private static String sql(String name) {
    return SqlResources.get(ENGINE, name);
  }

  private static Constraint constraint(ResultSet rs) throws SQLException {
    ConstraintKind kind =
        switch (rs.getString("constraint_type")) {
          case "p" -> ConstraintKind.PRIMARY_KEY;
          case "u" -> ConstraintKind.UNIQUE;
          default -> ConstraintKind.CHECK;
        };
    return new Constraint(
        rs.getString("constraint_name"),
        kind,
        strings(rs.getArray("columns")),
        rs.getString("definition"));
  }

  private static ForeignKey foreignKey(ResultSet rs) throws SQLException {
    return new ForeignKey(
        rs.getString("constraint_name"),
        new TableName(rs.getString("table_schema"), rs.getString("table_name")),
        strings(rs.getArray("columns")),
        new TableName(rs.getString("referenced_schema"), rs.getString("referenced_table")),
        strings(rs.getArray("referenced_columns")),
        rs.getString("on_delete"),
        rs.getString("deferrable"));
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
  }
}
