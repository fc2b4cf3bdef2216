package org.migplan.db.checksum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.core.database.TableName;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Futures;
import org.migplan.db.Identifiers;
import org.migplan.db.postgres.PostgresDialect;

/**
 * PostgreSQL: each row hashed by the server to 64 bits ({@link PostgresRowHash}); the hashes are
 * summed exactly, so the order of rows does not matter (and repeated rows count, unlike with xor),
 * and the count and the sum make the checksum. Checksums are meant for comparing databases on
 * servers of the same major version ({@link #method}).
 */
public final class PostgresTableChecksums implements TableChecksums {
  private static final String TABLES =
      "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c"
          + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition"
          + " AND "
          + org.migplan.db.postgres.PostgresDialect.USER_SCHEMAS
          + " ORDER BY n.nspname, c.relname";

  @Override
  public List<String> tables(Handle handle) {
    return handle
        .createQuery(TABLES)
        .map((rs, ctx) -> new TableName(rs.getString(1), rs.getString(2)).toString())
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
    oneProcessPerQuery(handle);
    PostgresRowHash hash = PostgresRowHash.of(handle);
    List<TableSnapshot> result = new ArrayList<>();
    for (String table : tables(handle)) {
      result.add(snapshot(handle, hash, table));
    }
    return result;
  }

  /**
   * Each worker keeps one connection for all the tables it takes from a shared queue, largest
   * first: a connection costs more than checksumming a small table.
   */
  @Override
  public List<TableSnapshot> snapshotQuiescent(DatabaseUrl url, int parallelism) {
    Jdbi jdbi = new PostgresDialect().openReadWrite(url);
    Handle first = jdbi.open();
    try {
      Queue<String> queue = new ConcurrentLinkedQueue<>(largestFirst(first));
      int workers = Math.max(1, Math.min(parallelism, queue.size()));
      List<TableSnapshot> result = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(workers);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 1; i < workers; i++) {
          futures.add(pool.submit(() -> jdbi.useHandle(h -> drain(h, queue, result))));
        }
        drain(first, queue, result);
        for (Future<?> future : futures) {
          Futures.join(future, "checksumming");
        }
      } finally {
        pool.shutdownNow();
      }
      List<TableSnapshot> sorted = new ArrayList<>(result);
      sorted.sort(Comparator.comparing(TableSnapshot::table));
      return sorted;
    } finally {
      first.close();
    }
  }

  private static void drain(Handle handle, Queue<String> queue, List<TableSnapshot> result) {
    oneProcessPerQuery(handle);
    PostgresRowHash hash = PostgresRowHash.of(handle);
    for (String table = queue.poll(); table != null; table = queue.poll()) {
      result.add(snapshot(handle, hash, table));
    }
  }

  @Override
  public WhileRestoring whileRestoring(DatabaseUrl url, int parallelism) {
    return new PostgresWhileRestoring(this, url, parallelism);
  }

  private List<String> largestFirst(Handle handle) {
    Map<String, Long> sizes = new HashMap<>();
    handle
        .createQuery(
            "SELECT n.nspname, c.relname, pg_catalog.pg_relation_size(c.oid)"
                + " FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind IN ('r', 'p')")
        .map(
            (rs, ctx) ->
                Map.entry(
                    new TableName(rs.getString(1), rs.getString(2)).toString(), rs.getLong(3)))
        .forEach(e -> sizes.put(e.getKey(), e.getValue()));
    List<String> tables = new ArrayList<>(tables(handle));
    tables.sort(
        Comparator.<String>comparingLong(t -> sizes.getOrDefault(t, 0L))
            .reversed()
            .thenComparing(t -> t));
    return tables;
  }

  /**
   * Checksums run without parallel workers: each session is one server process, so the load on a
   * live server is what migplan's sessions are, and beside a restore the workers would only compete
   * with it for the same cores (measured: a table's checksum then takes about twice the CPU for a
   * shorter wall time). In a transaction the setting ends with it.
   */
  static void oneProcessPerQuery(Handle handle) {
    handle.execute(
        handle.isInTransaction()
            ? "SET LOCAL max_parallel_workers_per_gather = 0"
            : "SET max_parallel_workers_per_gather = 0");
  }

  static TableSnapshot snapshot(Handle handle, PostgresRowHash hash, String table) {
    String qualified = qualified(table);
    String sql =
        "SELECT count(*), md5(count(*) || ':' || coalesce(sum(h), 0))"
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
