package org.migplan.db.checksum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * How PostgreSQL hashes one row for a table checksum. From PostgreSQL 14 on, {@code
 * hash_record_extended} over the row's columns, mixed once more by {@code hashint8extended}: each
 * value is hashed by its type's own 64-bit hash function, with no conversion to text, which makes a
 * checksum about six times cheaper. A column whose type has no hash function (e.g. {@code json},
 * {@code point}) joins the row as its text form; the server is asked per type, so no guess is
 * involved. Before 14, the row's text form is hashed with {@code hashtextextended}.
 *
 * <p>Values are hashed by their type's equality, so two values the type calls equal hash alike
 * (e.g. {@code 1.0} and {@code 1.00} in an unconstrained {@code numeric} column). Hash functions
 * may change between major versions, so {@link #method} names the server's major version and
 * checksums are compared only between equal methods.
 */
final class PostgresRowHash {
  private static final int FIRST_WITH_RECORD_HASH = 140000;

  private final int serverVersion;
  private final Map<Long, Boolean> hashable = new HashMap<>();

  private PostgresRowHash(int serverVersion) {
    this.serverVersion = serverVersion;
  }

  static PostgresRowHash of(Handle handle) {
    return new PostgresRowHash(
        handle
            .createQuery("SELECT pg_catalog.current_setting('server_version_num')::int")
            .mapTo(Integer.class)
            .one());
  }

  /** Names the checksum method, so that checksums of different methods are never compared. */
  String method() {
    return "postgresql-"
        + serverVersion / 10000
        + (usesRecordHash()
            ? "/hash_record_extended+hashint8extended-sum"
            : "/hashtextextended-text-sum");
  }

  private boolean usesRecordHash() {
    return serverVersion >= FIRST_WITH_RECORD_HASH;
  }

  /**
   * The SQL expression of a row's 64-bit hash for the table aliased {@code r}, given its quoted
   * qualified name.
   */
  String expression(Handle handle, String qualifiedTable) {
    if (!usesRecordHash()) {
      return "pg_catalog.hashtextextended(ROW(r.*)::text, 0)";
    }
    List<String> columns = new ArrayList<>();
    handle
        .createQuery(
            "SELECT pg_catalog.quote_ident(a.attname), a.atttypid::bigint,"
                + " pg_catalog.format_type(a.atttypid, NULL)"
                + " FROM pg_catalog.pg_attribute a"
                + " WHERE a.attrelid = CAST(:table AS regclass) AND a.attnum > 0"
                + " AND NOT a.attisdropped ORDER BY a.attnum")
        .bind("table", qualifiedTable)
        .map(
            (rs, ctx) -> {
              String column = "r." + rs.getString(1);
              boolean byType = isHashable(handle, rs.getLong(2), rs.getString(3));
              return byType ? column : column + "::text";
            })
        .forEach(columns::add);
    if (columns.isEmpty()) {
      return "0::bigint";
    }
    // hash_record_extended combines its columns' hashes linearly (31 * h + next), so a plain sum
    // over rows would not see values swapped between rows; hashing the result again mixes it
    return "pg_catalog.hashint8extended(pg_catalog.hash_record_extended(ROW("
        + String.join(", ", columns)
        + "), 0), 0)";
  }

  private boolean isHashable(Handle handle, long typeOid, String typeName) {
    return hashable.computeIfAbsent(typeOid, oid -> probe(handle, typeName));
  }

  /**
   * Asks the server whether it can hash the type inside a record: the lookup happens before any
   * value is read, so a NULL of the type is enough. Inside a transaction the probe runs under a
   * savepoint, so a refusal does not abort the caller's transaction.
   */
  private static boolean probe(Handle handle, String typeName) {
    String sql = "SELECT pg_catalog.hash_record_extended(ROW(NULL::" + typeName + "), 0)";
    boolean inTransaction = handle.isInTransaction();
    String savepoint = "migplan_hash_probe";
    if (inTransaction) {
      handle.savepoint(savepoint);
    }
    try {
      handle.createQuery(sql).mapTo(Long.class).one();
      if (inTransaction) {
        handle.releaseSavepoint(savepoint);
      }
      return true;
    } catch (UnableToExecuteStatementException e) {
      if (inTransaction) {
        handle.rollbackToSavepoint(savepoint); // Jdbi forgets the savepoint here
      }
      return false;
    }
  }
}
