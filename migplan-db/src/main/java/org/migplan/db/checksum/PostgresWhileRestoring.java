package org.migplan.db.checksum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.core.database.TableName;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Futures;
import org.migplan.db.postgres.PostgresDialect;

/**
 * Checksums a PostgreSQL database while pg_restore fills it. Each worker opens its connection at
 * once (while the restore creates the schema) and keeps it. An announced table is read at once,
 * unless other tables inherit from it (its rows as read include theirs, which may still be coming);
 * whatever was not read early is read in {@link #finish}, from the catalog's list of tables, so an
 * announcement that never comes costs time, not correctness.
 */
final class PostgresWhileRestoring implements TableChecksums.WhileRestoring {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(PostgresWhileRestoring.class);
  private static final String PARENTS =
      "SELECT DISTINCT n.nspname, c.relname FROM pg_catalog.pg_inherits i"
          + " JOIN pg_catalog.pg_class c ON c.oid = i.inhparent"
          + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace";

  private final PostgresTableChecksums checksums;
  private final Jdbi jdbi;
  private final ExecutorService pool;
  private final ThreadLocal<Session> session = new ThreadLocal<>();
  private final List<Handle> handles = Collections.synchronizedList(new ArrayList<>());
  private final List<Future<?>> work = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, TableSnapshot> results = new ConcurrentHashMap<>();
  private final Set<String> announced = ConcurrentHashMap.newKeySet();

  /** Whether {@link #finish} returned the snapshot: until then, closing cancels the work. */
  private volatile boolean finished;

  /** The tables that may be read as soon as announced; known once the schema is restored. */
  private Set<String> early;

  private record Session(Handle handle, PostgresRowHash hash) {}

  PostgresWhileRestoring(PostgresTableChecksums checksums, DatabaseUrl url, int parallelism) {
    this.checksums = checksums;
    this.jdbi = new PostgresDialect().openReadWrite(url);
    this.pool = Executors.newFixedThreadPool(Math.max(1, parallelism));
    for (int i = 0; i < Math.max(1, parallelism); i++) {
      work.add(pool.submit(this::session));
    }
  }

  @Override
  public void tableRestored(String table) {
    if (announced.add(table)) {
      work.add(
          pool.submit(
              () -> {
                Session s = session();
                if (readsEarly(s.handle(), table)) {
                  LOG.debug("checksumming {} as restored", table);
                  results.put(table, PostgresTableChecksums.snapshot(s.handle(), s.hash(), table));
                  LOG.debug("checksummed {}", table);
                }
              }));
    }
  }

  @Override
  public List<TableSnapshot> finish() {
    awaitWork();
    List<String> tables =
        Futures.join(pool.submit(() -> checksums.tables(session().handle())), "checksumming");
    for (String table : tables) {
      if (!results.containsKey(table)) {
        work.add(
            pool.submit(
                () -> {
                  Session s = session();
                  results.put(table, PostgresTableChecksums.snapshot(s.handle(), s.hash(), table));
                }));
      }
    }
    awaitWork();
    finished = true;
    return tables.stream().map(results::get).toList(); // tables() is sorted
  }

  @Override
  public void close() {
    pool.shutdownNow(); // queued tables are dropped; a running checksum ends first
    try {
      while (!pool.awaitTermination(100, TimeUnit.MILLISECONDS)) {
        // the database must not be dropped under a running checksum; when the snapshot is not
        // wanted (the restore failed), the running checksum is cancelled rather than waited for
        if (!finished) {
          synchronized (handles) {
            handles.forEach(org.migplan.db.Connections::cancel);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (handles) {
      handles.forEach(Handle::close);
      handles.clear();
    }
  }

  private Session session() {
    Session current = session.get();
    if (current == null) {
      Handle handle = jdbi.open();
      handles.add(handle);
      PostgresTableChecksums.oneProcessPerQuery(handle);
      LOG.debug("connected to the copy");
      current = new Session(handle, PostgresRowHash.of(handle));
      session.set(current);
    }
    return current;
  }

  /**
   * Whether an announced table may be read now: a user table (not a partition, whose rows the
   * partitioned table's checksum holds) that no other table inherits from. The first announcement
   * comes after the schema is restored, so the catalog is complete by then.
   */
  private synchronized boolean readsEarly(Handle handle, String table) {
    if (early == null) {
      Set<String> tables = new HashSet<>(checksums.tables(handle));
      handle
          .createQuery(PARENTS)
          .map((rs, ctx) -> new TableName(rs.getString(1), rs.getString(2)).toString())
          .forEach(tables::remove);
      early = tables;
    }
    return early.contains(table);
  }

  private void awaitWork() {
    while (true) {
      List<Future<?>> pending;
      synchronized (work) {
        pending = new ArrayList<>(work);
        work.clear();
      }
      if (pending.isEmpty()) {
        return;
      }
      pending.forEach(future -> Futures.join(future, "checksumming"));
    }
  }
}
