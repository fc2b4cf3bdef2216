package org.migplan.db.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.migplan.core.database.Column;
import org.migplan.core.database.Constraint;
import org.migplan.core.database.ConstraintKind;
import org.migplan.core.database.ForeignKey;
import org.migplan.core.database.Index;
import org.migplan.core.database.TableName;
import org.migplan.core.database.TableSchema;
import org.migplan.db.Dialect;

/** SQLite's catalog: {@code sqlite_master}, the table-valued pragmas and {@code dbstat}. */
final class SqliteCatalog implements Catalog {
  private static final String ENGINE = "sqlite";
  private final Dialect dialect;
  private final Handle handle;
  private List<TableName> tables;

  SqliteCatalog(Dialect dialect, Handle handle) {
    this.dialect = dialect;
    this.handle = handle;
  }

  @Override
  public List<TableName> tables() {
    if (tables == null) {
      tables =
          handle
              .createQuery(sql("tables"))
              .map((rs, ctx) -> TableName.of(rs.getString("table_name")))
              .list();
    }
    return tables;
  }

  /** The exact name first; SQLite itself matches table names case-insensitively. */
  @Override
  public Optional<TableName> find(String name) {
    List<TableName> tables = tables();
    return tables.stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .or(() -> tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst());
  }

  @Override
  public TableSchema schema(TableName table) {
    return schema(table, keyParts(query("foreign_keys", table)), new HashMap<>());
  }

  /**
   * Every table's foreign keys are read in one query (the per-table query walks all tables for the
   * keys pointing at the one), and each referencing table's CREATE text once.
   */
  @Override
  public Map<TableName, TableSchema> schemas(Collection<TableName> tables) {
    List<TableName> wanted = tables.stream().distinct().toList();
    if (wanted.size() < 2) {
      return Catalog.super.schemas(wanted);
    }
    List<KeyPart> all = keyParts(handle.createQuery(sql("all_foreign_keys")));
    Map<String, Map<String, String>> deferrability = new HashMap<>();
    Map<TableName, TableSchema> schemas = new LinkedHashMap<>();
    for (TableName table : wanted) {
      List<KeyPart> parts =
          all.stream()
              .filter(
                  p ->
                      p.table().equals(table.name())
                          || p.referenced().equalsIgnoreCase(table.name()))
              .toList();
      schemas.put(table, schema(table, parts, deferrability));
    }
    return schemas;
  }

  private TableSchema schema(
      TableName table, List<KeyPart> keyParts, Map<String, Map<String, String>> deferrability) {
    Map<String, Integer> primaryPositions = new LinkedHashMap<>();
    String createTable =
        handle
            .createQuery(sql("table_sql"))
            .bind("table", table.name())
            .mapTo(String.class)
            .findOne()
            .orElse("");
    SqliteTableSql parsed = new SqliteTableSql(createTable);
    boolean autoincrement = createTable.toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
    List<Column> columns =
        query("columns", table)
            .map(
                (rs, ctx) -> {
                  String name = rs.getString("column_name");
                  int pk = rs.getInt("pk_position");
                  if (pk > 0) {
                    primaryPositions.put(name, pk);
                  }
                  String type = rs.getString("column_type");
                  boolean rowid = pk > 0 && type.equalsIgnoreCase("integer");
                  return new Column(
                      name,
                      type,
                      rs.getInt("not_null") == 0 && pk == 0,
                      Optional.ofNullable(rs.getString("default_expression")),
                      rowid ? (autoincrement ? "autoincrement" : "rowid") : "");
                })
            .list();
    List<String> primaryKey =
        primaryPositions.entrySet().stream()
            .sorted(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .toList();
    if (primaryKey.size() > 1) {
      columns =
          columns.stream()
              .map(c -> new Column(c.name(), c.type(), c.nullable(), c.defaultExpression(), ""))
              .toList();
    }
    List<Index> indexes = indexes(table);
    List<Constraint> constraints = new ArrayList<>();
    if (!primaryKey.isEmpty()) {
      constraints.add(new Constraint("", ConstraintKind.PRIMARY_KEY, primaryKey, ""));
    }
    indexes.stream()
        .filter(i -> i.unique() && !i.primary() && i.definition().isEmpty())
        .forEach(
            i -> constraints.add(new Constraint(i.name(), ConstraintKind.UNIQUE, i.columns(), "")));
    parsed
        .checks()
        .forEach(c -> constraints.add(new Constraint("", ConstraintKind.CHECK, List.of(), c)));
    List<ForeignKey> keys = foreignKeys(table, parsed, keyParts, deferrability);
    return new TableSchema(
        table,
        columns,
        primaryKey,
        indexes,
        constraints,
        keys.stream().filter(k -> k.table().equals(table)).toList(),
        keys.stream().filter(k -> k.referencedTable().equals(table)).toList());
  }

  private List<Index> indexes(TableName table) {
    record Row(String name, boolean unique, String origin, String definition) {}
    List<Row> rows =
        query("indexes", table)
            .map(
                (rs, ctx) ->
                    new Row(
                        rs.getString("index_name"),
                        rs.getInt("is_unique") == 1,
                        rs.getString("origin"),
                        rs.getString("definition")))
            .list();
    List<Index> indexes = new ArrayList<>();
    for (Row row : rows) {
      List<String> columns =
          handle
              .createQuery(sql("index_columns"))
              .bind("index", row.name())
              .map((rs, ctx) -> Optional.ofNullable(rs.getString("column_name")).orElse(""))
              .list()
              .stream()
              .filter(c -> !c.isEmpty())
              .toList();
      indexes.add(
          new Index(
              row.name(), columns, row.unique(), row.origin().equals("pk"), row.definition()));
    }
    return indexes;
  }

  /** One column of a foreign key, as {@code pragma_foreign_key_list} gives it. */
  private record KeyPart(
      String table, int id, String referenced, String from, String to, String onDelete) {}

  private static List<KeyPart> keyParts(org.jdbi.v3.core.statement.Query query) {
    return query
        .map(
            (rs, ctx) ->
                new KeyPart(
                    rs.getString("table_name"),
                    rs.getInt("key_id"),
                    rs.getString("referenced_table"),
                    rs.getString("column_name"),
                    rs.getString("referenced_column"),
                    rs.getString("on_delete")))
        .list();
  }

  /**
   * Keys whose referencing side is another table are read with that table's CREATE text, kept in
   * {@code deferrability} by table name.
   */
  private List<ForeignKey> foreignKeys(
      TableName table,
      SqliteTableSql own,
      List<KeyPart> parts,
      Map<String, Map<String, String>> deferrability) {
    deferrability.put(table.name(), own.deferrability());
    Map<String, List<KeyPart>> byKey =
        parts.stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.table() + "\u0000" + p.id(), LinkedHashMap::new, Collectors.toList()));
    List<ForeignKey> keys = new ArrayList<>();
    for (List<KeyPart> key : byKey.values()) {
      KeyPart first = key.get(0);
      Map<String, String> deferrable =
          deferrability.computeIfAbsent(
              first.table(), t -> new SqliteTableSql(createSql(t)).deferrability());
      TableName referenced =
          first.referenced().equalsIgnoreCase(table.name())
              ? table
              : TableName.of(first.referenced());
      List<String> to = key.stream().map(KeyPart::to).toList();
      if (to.stream().anyMatch(c -> c == null)) {
        to = primaryKeyOf(referenced);
      }
      keys.add(
          new ForeignKey(
              "",
              first.table().equals(table.name()) ? table : TableName.of(first.table()),
              key.stream().map(KeyPart::from).toList(),
              referenced,
              to,
              first.onDelete(),
              deferrable.getOrDefault(first.from(), "NOT DEFERRABLE")));
    }
    keys.sort(Comparator.comparing(ForeignKey::table).thenComparing(ForeignKey::column));
    return keys;
  }

  private List<String> primaryKeyOf(TableName table) {
    return query("columns", table)
        .map((rs, ctx) -> Map.entry(rs.getInt("pk_position"), rs.getString("column_name")))
        .stream()
        .filter(e -> e.getKey() > 0)
        .sorted(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue)
        .toList();
  }

  private String createSql(String table) {
    return handle
        .createQuery(sql("table_sql"))
        .bind("table", table)
        .mapTo(String.class)
        .findOne()
        .orElse("");
  }

  /** Sizes from {@code dbstat} when SQLite was built with it; otherwise unknown. */
  @Override
  public TableSize size(TableName table) {
    try {
      return query("size", table)
          .map(
              (rs, ctx) ->
                  new TableSize(
                      OptionalLong.empty(),
                      OptionalLong.of(rs.getLong("table_bytes")),
                      OptionalLong.of(rs.getLong("index_bytes"))))
          .one();
    } catch (JdbiException e) {
      return TableSize.UNKNOWN;
    }
  }

  @Override
  public Map<String, Long> distinctEstimates(TableName table) {
    return Map.of();
  }

  @Override
  public String qualified(TableName table) {
    return quote(table.name());
  }

  @Override
  public String quote(String identifier) {
    return dialect.quote(identifier);
  }

  /** One grouped scan per column, each stopped after one value more than allowed. */
  @Override
  public String breakdownSql(TableName table, List<String> columns, int maxValues) {
    return IntStream.range(0, columns.size())
        .mapToObj(
            i ->
                "SELECT * FROM (SELECT "
                    + i
                    + " AS position, CAST("
                    + quote(columns.get(i))
                    + " AS TEXT) AS value, count(*) AS rows FROM "
                    + qualified(table)
                    + " GROUP BY 2 LIMIT "
                    + (maxValues + 1)
                    + ")")
        .collect(Collectors.joining(" UNION ALL "));
  }

  private org.jdbi.v3.core.statement.Query query(String name, TableName table) {
    return handle.createQuery(sql(name)).bind("table", table.name());
  }

  private static String sql(String name) {
    return SqlResources.get(ENGINE, name);
  }
}
