package org.migplan.db.checksum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Identifiers;
import org.migplan.db.postgres.PostgresDialect;

/**
 * PostgreSQL: each row hashed by the server to 64 bits ({@link PostgresRowHash}); the hashes are
 * summed exactly (numeric) and xor-ed, so the order of rows does not matter, and the count and both
 * aggregates make the checksum. Checksums are meant for comparing databases on servers of the same
 * major version ({@link #method}).
 */
public final class PostgresTableChecksums implements TableChecksums {
  private static final String TABLES =
      "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c"
          + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition"
          + " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
          + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"
          + " ORDER BY n.nspname, c.relname";

  @Override
  public List<String> tables(Handle handle) {
    return handle
        .createQuery(TABLES)
        .map((rs, ctx) -> name(rs.getString(1), rs.getString(2)))
        .list()
        .stream()
        .sorted() // by the names shown, as every snapshot is: the server's collation may differ
        .toList();
  }

  @Override
  public String method(Handle handle) {
    return PostgresRowHash.of(handle).method();
  }

  @Override
  public List<TableSnapshot> snapshot(Handle handle) {
    return handle.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ, this::snapshotInTransaction);
  }

  /** Every user table's snapshot, sorted by table, in the caller's (consistent) transaction. */
  public List<TableSnapshot> snapshotInTransaction(Handle handle) {
    PostgresRowHash hash = PostgresRowHash.of(handle);
    List<TableSnapshot> result = new ArrayList<>();
    for (String table : tables(handle)) {
      result.add(snapshot(handle, hash, table));
    }
    return result;
  }

  @Override
  public List<TableSnapshot> snapshotQuiescent(DatabaseUrl url, int parallelism) {
    Jdbi jdbi = new PostgresDialect().openReadWrite(url);
    List<String> bySize = jdbi.withHandle(this::largestFirst);
    if (bySize.isEmpty()) {
      return List.of();
    }
    int threads = Math.max(1, Math.min(parallelism, bySize.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<TableSnapshot>> futures = new ArrayList<>();
      for (String table : bySize) {
        futures.add(
            pool.submit(() -> jdbi.withHandle(h -> snapshot(h, PostgresRowHash.of(h), table))));
      }
      List<TableSnapshot> result = new ArrayList<>();
      for (Future<TableSnapshot> future : futures) {
        result.add(join(future));
      }
      result.sort(Comparator.comparing(TableSnapshot::table));
      return result;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<String> largestFirst(Handle handle) {
    List<String> tables = new ArrayList<>(tables(handle));
    java.util.Map<String, Long> sizes = new java.util.HashMap<>();
    for (String table : tables) {
      sizes.put(
          table,
          handle
              .createQuery("SELECT pg_catalog.pg_relation_size(CAST(? AS regclass))")
              .bind(0, qualified(table))
              .mapTo(Long.class)
              .one());
    }
    tables.sort(Comparator.<String>comparingLong(sizes::get).reversed().thenComparing(t -> t));
    return tables;
  }

  private static TableSnapshot join(Future<TableSnapshot> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigplanException(ErrorCode.DATABASE_ERROR, "checksumming was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new MigplanException(
          ErrorCode.DATABASE_ERROR, "checksumming failed: " + e.getCause(), e.getCause());
    }
  }

  private static TableSnapshot snapshot(Handle handle, PostgresRowHash hash, String table) {
    String qualified = qualified(table);
    String sql =
        "SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0)"
            + " || ':' || coalesce(bit_xor(h), 0))"
            + " FROM (SELECT "
            + hash.expression(handle, qualified)
            + " AS h FROM "
            + qualified
            + " r) s";
    return handle
        .createQuery(sql)
        .map((rs, ctx) -> new TableSnapshot(table, rs.getLong(1), rs.getString(2)))
        .one();
  }

  private static String name(String schema, String table) {
    return "public".equals(schema) ? table : schema + "." + table;
  }

  private static String qualified(String name) {
    int dot = name.indexOf('.');
    if (dot < 0) {
      return Identifiers.quote("public", '"') + "." + Identifiers.quote(name, '"');
    }
    return Identifiers.quote(name.substring(0, dot), '"')
        + "."
        + Identifiers.quote(name.substring(dot + 1), '"');
  }
}
