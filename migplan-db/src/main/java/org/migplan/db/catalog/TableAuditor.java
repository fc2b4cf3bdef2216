package org.migplan.db.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.migplan.core.database.Column;
import org.migplan.core.database.ColumnTypes;
import org.migplan.core.database.TableSchema;
import org.migplan.core.database.TableStatistics;
import org.migplan.core.database.ValueRange;
import org.migplan.db.Futures;

/**
 * Counts what a table holds with two scans in the database: one aggregate for the row count, the
 * NULLs per nullable column and the min/max of the primary key and date columns, and one grouped
 * scan for the value breakdowns. No row ever reaches the JVM.
 */
public final class TableAuditor {
  /** A column with more distinct values than this is not a status or choice field. */
  public static final int MAX_BREAKDOWN_VALUES = 25;

  private final Catalog catalog;
  private final Handle handle;
  private final Jdbi more;

  /** Runs the breakdown scan on a second session from {@code more}, beside the aggregate scan. */
  public TableAuditor(Catalog catalog, Handle handle, Jdbi more) {
    this.catalog = catalog;
    this.handle = handle;
    this.more = more;
  }

  public TableStatistics statistics(TableSchema schema) {
    TableSize size = catalog.size(schema.table());
    List<String> columns = breakdownColumns(schema);
    Map<String, Map<String, Long>> breakdowns;
    Aggregate aggregate;
    if (!columns.isEmpty()) {
      java.util.concurrent.CompletableFuture<Map<String, Map<String, Long>>> beside =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try (Handle own = more.open()) {
                  return breakdowns(own, schema, columns);
                }
              });
      aggregate = aggregate(schema);
      breakdowns = Futures.join(beside);
    } else {
      aggregate = aggregate(schema);
      breakdowns = aggregate.rows == 0 ? Map.of() : breakdowns(handle, schema, columns);
    }
    return new TableStatistics(
        aggregate.rows,
        size.estimatedRows(),
        size.tableBytes(),
        size.indexBytes(),
        aggregate.nulls,
        breakdowns,
        aggregate.ranges);
  }

  /** The columns worth a breakdown: status- and choice-like, not keys, not unique on their own. */
  List<String> breakdownColumns(TableSchema schema) {
    Map<String, Long> estimates = catalog.distinctEstimates(schema.table());
    return schema.columns().stream()
        .filter(c -> !schema.primaryKey().contains(c.name()))
        .filter(c -> !schema.isForeignKeyColumn(c.name()))
        .filter(c -> !schema.isUnique(Set.of(c.name())))
        .filter(
            c -> {
              Long estimate = estimates.get(c.name());
              if (estimate != null && estimate > MAX_BREAKDOWN_VALUES) {
                return false;
              }
              return ColumnTypes.looksLikeChoice(c, estimate != null);
            })
        .map(Column::name)
        .toList();
  }

  private record Aggregate(long rows, Map<String, Long> nulls, Map<String, ValueRange> ranges) {}

  private Aggregate aggregate(TableSchema schema) {
    List<String> select = new ArrayList<>(List.of("count(*)"));
    List<String> nullable =
        schema.columns().stream().filter(Column::nullable).map(Column::name).toList();
    nullable.forEach(c -> select.add("count(" + catalog.quote(c) + ")"));
    List<String> ranged = rangedColumns(schema);
    for (String column : ranged) {
      select.add("CAST(min(" + catalog.quote(column) + ") AS TEXT)");
      select.add("CAST(max(" + catalog.quote(column) + ") AS TEXT)");
    }
    String sql =
        "SELECT " + String.join(", ", select) + " FROM " + catalog.qualified(schema.table());
    return handle.createQuery(sql).map((rs, ctx) -> readAggregate(rs, nullable, ranged)).one();
  }

  private static Aggregate readAggregate(ResultSet rs, List<String> nullable, List<String> ranged)
      throws SQLException {
    long rows = rs.getLong(1);
    Map<String, Long> nulls = new HashMap<>();
    for (int i = 0; i < nullable.size(); i++) {
      nulls.put(nullable.get(i), rows - rs.getLong(2 + i));
    }
    Map<String, ValueRange> ranges = new HashMap<>();
    int at = 2 + nullable.size();
    for (String column : ranged) {
      ranges.put(column, new ValueRange(rs.getString(at), rs.getString(at + 1)));
      at += 2;
    }
    return new Aggregate(rows, nulls, ranges);
  }

  /** The primary key (when it orders as a number or a date) and every date or datetime column. */
  private static List<String> rangedColumns(TableSchema schema) {
    return schema.columns().stream()
        .filter(
            c ->
                ColumnTypes.isDateLike(c.type())
                    || (schema.primaryKey().contains(c.name())
                        && (ColumnTypes.isInteger(c.type()) || c.type().isEmpty())))
        .map(Column::name)
        .toList();
  }

  private Map<String, Map<String, Long>> breakdowns(
      Handle session, TableSchema schema, List<String> columns) {
    if (columns.isEmpty()) {
      return Map.of();
    }
    Map<Integer, Map<String, Long>> counted = new HashMap<>();
    session
        .createQuery(catalog.breakdownSql(schema.table(), columns, MAX_BREAKDOWN_VALUES))
        .map(
            (rs, ctx) ->
                new Object[] {
                  rs.getInt(1),
                  Optional.ofNullable(rs.getString(2)).orElse(TableStatistics.NULL_VALUE),
                  rs.getLong(3)
                })
        .forEach(
            row ->
                counted
                    .computeIfAbsent((Integer) row[0], k -> new LinkedHashMap<>())
                    .merge((String) row[1], (Long) row[2], Long::sum));
    return counted.entrySet().stream()
        .filter(e -> e.getValue().size() <= MAX_BREAKDOWN_VALUES)
        .collect(Collectors.toMap(e -> columns.get(e.getKey()), Map.Entry::getValue));
  }
}
