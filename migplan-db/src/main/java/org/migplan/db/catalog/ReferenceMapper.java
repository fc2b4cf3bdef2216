package org.migplan.db.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.migplan.core.database.Column;
import org.migplan.core.database.ContentType;
import org.migplan.core.database.DbRelation;
import org.migplan.core.database.ForeignKey;
import org.migplan.core.database.RelationClassifier;
import org.migplan.core.database.RelationKind;
import org.migplan.core.database.TableName;
import org.migplan.core.database.TableSchema;

/**
 * Every reference to a table in the database with the rows involved: incoming foreign keys
 * (classified as join tables, inheritance children or self-references) counted with one scan per
 * referencing table, and generic (content type, object id) pairs naming the model.
 */
public final class ReferenceMapper {
  /** Django's tables whose content type references are reported on their own. */
  private static final List<String> NOT_GENERIC = List.of("auth_permission", "django_admin_log");

  /** Connections counting referencing tables side by side (each count is one table scan). */
  static final int PARALLELISM =
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  private final Catalog catalog;
  private final Handle handle;
  private final Jdbi more;

  /**
   * Counts on {@code handle} and, for the referencing tables, on further connections from {@code
   * more} as well, so the table scans run side by side.
   */
  public ReferenceMapper(Catalog catalog, Handle handle, Jdbi more) {
    this.catalog = catalog;
    this.handle = handle;
    this.more = more;
  }

  /** The foreign keys pointing at {@code target}, each with its referencing rows counted. */
  public List<DbRelation> foreignKeys(TableSchema target) {
    Map<TableName, List<ForeignKey>> byTable = new LinkedHashMap<>();
    target
        .incoming()
        .forEach(k -> byTable.computeIfAbsent(k.table(), t -> new ArrayList<>()).add(k));
    Map<TableName, TableSchema> schemas =
        new HashMap<>(
            catalog.schemas(
                byTable.keySet().stream().filter(t -> !t.equals(target.table())).toList()));
    schemas.put(target.table(), target);
    List<Map.Entry<TableName, List<ForeignKey>>> work = new ArrayList<>(byTable.entrySet());
    List<List<DbRelation>> counted = countAll(target, schemas, work);
    List<DbRelation> relations = new ArrayList<>();
    counted.forEach(relations::addAll);
    return relations;
  }

  /** Counts every referencing table, in the order given, on up to {@link #PARALLELISM} sessions. */
  private List<List<DbRelation>> countAll(
      TableSchema target,
      Map<TableName, TableSchema> schemas,
      List<Map.Entry<TableName, List<ForeignKey>>> work) {
    int sessions = Math.min(PARALLELISM, work.size());
    if (sessions <= 1) {
      return work.stream()
          .map(e -> count(handle, target, schemas.get(e.getKey()), e.getValue()))
          .toList();
    }
    List<List<DbRelation>> results =
        new ArrayList<>(java.util.Collections.nCopies(work.size(), null));
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(sessions - 1);
    try {
      List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
      for (int i = 1; i < sessions; i++) {
        workers.add(
            pool.submit(
                () -> {
                  try (Handle own = more.open()) {
                    drain(own, target, schemas, work, next, results);
                  }
                }));
      }
      drain(handle, target, schemas, work, next, results);
      for (java.util.concurrent.Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting referencing rows", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return results;
  }

  /** Takes referencing tables off the shared queue and counts them on {@code session}. */
  private void drain(
      Handle session,
      TableSchema target,
      Map<TableName, TableSchema> schemas,
      List<Map.Entry<TableName, List<ForeignKey>>> work,
      java.util.concurrent.atomic.AtomicInteger next,
      List<List<DbRelation>> results) {
    for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
      Map.Entry<TableName, List<ForeignKey>> entry = work.get(i);
      List<DbRelation> counted =
          count(session, target, schemas.get(entry.getKey()), entry.getValue());
      synchronized (results) {
        results.set(i, counted);
      }
    }
  }

  /** Rows of one referencing table, all its keys to the target counted in one scan. */
  private List<DbRelation> count(
      Handle session, TableSchema target, TableSchema referencing, List<ForeignKey> keys) {
    List<String> select = new ArrayList<>();
    for (ForeignKey key : keys) {
      String column = catalog.quote(key.column());
      select.add("count(" + column + ")");
      select.add("count(DISTINCT " + column + ")");
    }
    String sql =
        "SELECT " + String.join(", ", select) + " FROM " + catalog.qualified(referencing.table());
    long[] counts =
        session
            .createQuery(sql)
            .map(
                (rs, ctx) -> {
                  long[] values = new long[keys.size() * 2];
                  for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getLong(i + 1);
                  }
                  return values;
                })
            .one();
    List<DbRelation> relations = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      relations.add(relation(target, referencing, keys.get(i), counts[2 * i], counts[2 * i + 1]));
    }
    return relations;
  }

  private static DbRelation relation(
      TableSchema target, TableSchema referencing, ForeignKey key, long rows, long distinct) {
    RelationKind kind = RelationClassifier.classify(target.table(), key, referencing);
    Optional<ForeignKey> other =
        kind == RelationKind.M2M_TABLE
            ? RelationClassifier.otherSide(key, referencing)
            : Optional.empty();
    boolean nullable = referencing.column(key.column()).map(Column::nullable).orElse(true);
    return new DbRelation(
        key.table(),
        key.column(),
        kind,
        key.name(),
        key.onDelete(),
        key.deferrable(),
        nullable,
        rows,
        distinct,
        other.map(ForeignKey::column).orElse(""),
        other.map(k -> k.referencedTable().toString()).orElse(""));
  }

  /**
   * Rows in any table whose foreign key to {@code django_content_type} names the model's content
   * type, paired with an object id column ({@code object_id}, {@code object_pk}, or the same prefix
   * as the content type column).
   */
  public List<DbRelation> generic(TableSchema contentTypes, ContentType contentType) {
    List<ForeignKey> keys =
        contentTypes.incoming().stream()
            .filter(k -> !NOT_GENERIC.contains(k.table().name()))
            .filter(k -> !k.table().equals(contentTypes.table()))
            .toList();
    Map<TableName, TableSchema> schemas =
        catalog.schemas(keys.stream().map(ForeignKey::table).toList());
    List<DbRelation> relations = new ArrayList<>();
    for (ForeignKey key : keys) {
      TableSchema referencing = schemas.get(key.table());
      objectIdColumn(referencing, key.column())
          .ifPresent(
              objectId ->
                  relations.add(countGeneric(referencing, key.column(), objectId, contentType)));
    }
    return relations;
  }

  private DbRelation countGeneric(
      TableSchema table, String contentTypeColumn, Column objectId, ContentType contentType) {
    String sql =
        "SELECT count(*), count(DISTINCT "
            + catalog.quote(objectId.name())
            + ") FROM "
            + catalog.qualified(table.table())
            + " WHERE "
            + catalog.quote(contentTypeColumn)
            + " = ?";
    long[] counts =
        handle
            .createQuery(sql)
            .bind(0, contentType.id())
            .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .one();
    return new DbRelation(
        table.table(),
        objectId.name(),
        RelationKind.GENERIC,
        "",
        "",
        "",
        objectId.nullable(),
        counts[0],
        Math.min(counts[0], counts[1]),
        contentTypeColumn,
        "django_content_type");
  }

  static Optional<Column> objectIdColumn(TableSchema table, String contentTypeColumn) {
    String prefix =
        contentTypeColumn.endsWith("content_type_id")
            ? contentTypeColumn.substring(
                0, contentTypeColumn.length() - "content_type_id".length())
            : "";
    List<String> candidates =
        List.of(prefix + "object_id", prefix + "object_pk", "object_id", "object_pk");
    for (String candidate : candidates) {
      Optional<Column> column = table.column(candidate);
      if (column.isPresent()) {
        return column;
      }
    }
    return Optional.empty();
  }
}
