package org.migplan.db.checksum;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.db.DatabaseUrl;

/**
 * Per-table row counts and order-independent content checksums, computed inside the database: no
 * row is read into the JVM as data. Checksums are comparable only between databases of the same
 * engine. One implementation per engine.
 */
public interface TableChecksums {

  /** The user tables, sorted; schema-qualified ({@code schema.table}) outside the default one. */
  List<String> tables(Handle handle);

  /**
   * Names how checksums are computed here (engine, and where it matters the server's major version
   * and functions): checksums of different methods are not comparable.
   */
  String method(Handle handle);

  /** A snapshot of every user table, sorted by table, read in one consistent transaction. */
  List<TableSnapshot> snapshot(Handle handle);

  /**
   * A snapshot of a database nobody else writes to (a restored scratch copy, a fresh staging copy),
   * tables checksummed side by side on up to {@code parallelism} connections, largest first. Not
   * for a live database: the tables are not read in one transaction.
   */
  default List<TableSnapshot> snapshotQuiescent(DatabaseUrl url, int parallelism) {
    return org.migplan.db.Dialects.forUrl(url).openReadWrite(url).withHandle(this::snapshot);
  }

  /**
   * A snapshot of a database a restore is filling (nobody else writes to it), taken table by table
   * as the restore announces each table's final rows ({@link WhileRestoring#tableRestored}); the
   * rest when the data is complete ({@link WhileRestoring#finish}). By default every table is read
   * at the end, as {@link #snapshotQuiescent} does.
   */
  default WhileRestoring whileRestoring(DatabaseUrl url, int parallelism) {
    return new WhileRestoring() {
      @Override
      public void tableRestored(String table) {}

      @Override
      public List<TableSnapshot> finish() {
        return snapshotQuiescent(url, parallelism);
      }

      @Override
      public void close() {}
    };
  }

  /** A snapshot taken while a restore runs; closing it waits for and ends its work. */
  interface WhileRestoring extends AutoCloseable {
    /** {@code table} holds its final rows: it may be read now. */
    void tableRestored(String table);

    /** Once every table holds its final rows: the snapshot of every user table, sorted. */
    List<TableSnapshot> finish();

    @Override
    void close();
  }

  static TableChecksums forUrl(DatabaseUrl url) {
    return url.isPostgres() ? new PostgresTableChecksums() : new SqliteTableChecksums();
  }
}
