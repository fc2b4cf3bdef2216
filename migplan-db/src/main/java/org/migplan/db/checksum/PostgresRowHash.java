package org.migplan.db.checksum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * How PostgreSQL hashes one row for a table checksum. From PostgreSQL 14 on, each column is hashed
 * to 64 bits by its type's own extended hash function (the one its default hash operator class
 * names, called directly; a type only reachable through {@code hash_record_extended}, such as an
 * array, an enum or a range, is hashed through it), seeded with the column's position so that
 * values swapped between columns change the result; a NULL counts as the position itself. The
 * columns' hashes are xor-ed and mixed once more by {@code hashint8extended}. No value is converted
 * to text, and no row value is built: about six times cheaper than hashing the row's text, and a
 * third cheaper again than {@code hash_record_extended} over the whole row (which copies every
 * value into a new record first; measured on 1,000,000 rows with a {@code jsonb} column: 0.26 s
 * against 0.32 to 0.41 s). A column whose type has no hash function (e.g. {@code json}, {@code
 * point}) is hashed as its text form; the server is asked per type, so no guess is involved. Before
 * 14, the row's text form is hashed with {@code hashtextextended}.
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
  private final Map<Long, Optional<String>> functions = new HashMap<>();

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
            ? "/column-hash-xor+hashint8extended-sum"
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
    List<String> columns = columnHashes(handle, qualifiedTable);
    if (columns.isEmpty()) {
      return "0::bigint";
    }
    // an xor of the columns' hashes is linear, so a plain sum over rows would not see values
    // swapped between rows; hashing the result again mixes it
    return "pg_catalog.hashint8extended("
        + String.join(" OPERATOR(pg_catalog.#) ", columns)
        + ", 0)";
  }

  /** The SQL of each column's hash, in table order, for the table aliased {@code r}. */
  List<String> columnHashes(Handle handle, String qualifiedTable) {
    List<String> columns = new ArrayList<>();
    handle
        .createQuery(
            "SELECT pg_catalog.quote_ident(a.attname), a.atttypid::bigint,"
                + " pg_catalog.format_type(a.atttypid, NULL)"
                + " FROM pg_catalog.pg_attribute a"
                + " WHERE a.attrelid = CAST(:table AS regclass) AND a.attnum > 0"
                + " AND NOT a.attisdropped ORDER BY a.attnum")
        .bind("table", qualifiedTable)
        .map((rs, ctx) -> new Column(rs.getString(1), rs.getLong(2), rs.getString(3)))
        .list()
        .forEach(column -> columns.add(hashOf(handle, column, columns.size() + 1)));
    return columns;
  }

  private record Column(String name, long type, String typeName) {}

  /** The SQL of one column's 64-bit hash, seeded with its position (also its NULL's hash). */
  private String hashOf(Handle handle, Column column, int position) {
    String value = "r." + column.name();
    // a type with a direct function is hashable; only the others are probed inside a record
    String hash =
        function(handle, column)
            .map(f -> f + "(" + value + ", " + position + ")")
            .orElseGet(
                () ->
                    isHashable(handle, column.type(), column.typeName())
                        ? "pg_catalog.hash_record_extended(ROW(" + value + "), " + position + ")"
                        : "pg_catalog.hashtextextended(" + value + "::text, " + position + ")");
    return "coalesce(" + hash + ", " + position + ")";
  }

  /**
   * The extended hash function of the type's default hash operator class, when it takes the type
   * itself (a domain counts as its base type; a type binary-coercible to exactly one such class's
   * type, e.g. {@code varchar} to {@code text}, too) and a call with a NULL of the type works.
   * Empty for the polymorphic classes (arrays, enums, ranges, records), which {@code
   * hash_record_extended} reaches.
   */
  private Optional<String> function(Handle handle, Column column) {
    return functions.computeIfAbsent(
        column.type(),
        type -> {
          List<Candidate> found =
              handle
                  .createQuery(
                      "WITH RECURSIVE d(oid, depth) AS ("
                          + " SELECT CAST(:type AS oid), 0"
                          + " UNION ALL SELECT t.typbasetype, d.depth + 1"
                          + " FROM pg_catalog.pg_type t JOIN d ON t.oid = d.oid"
                          + " WHERE t.typtype = 'd' AND d.depth < 32),"
                          + " base AS (SELECT oid FROM d ORDER BY depth DESC LIMIT 1)"
                          + " SELECT pg_catalog.quote_ident(n.nspname) || '.'"
                          + " || pg_catalog.quote_ident(f.proname), c.opcintype = base.oid,"
                          + " ct.typcategory = bt.typcategory AND ct.typispreferred"
                          + " FROM base JOIN pg_catalog.pg_type bt ON bt.oid = base.oid,"
                          + " pg_catalog.pg_opclass c"
                          + " JOIN pg_catalog.pg_type ct ON ct.oid = c.opcintype"
                          + " JOIN pg_catalog.pg_am m ON m.oid = c.opcmethod"
                          + " JOIN pg_catalog.pg_amproc p ON p.amprocfamily = c.opcfamily"
                          + " AND p.amprocnum = 2 AND p.amproclefttype = c.opcintype"
                          + " AND p.amprocrighttype = c.opcintype"
                          + " JOIN pg_catalog.pg_proc f ON f.oid = p.amproc"
                          + " JOIN pg_catalog.pg_namespace n ON n.oid = f.pronamespace"
                          + " WHERE m.amname = 'hash' AND c.opcdefault"
                          + " AND f.proargtypes[0] = c.opcintype"
                          + " AND (c.opcintype = base.oid OR EXISTS (SELECT 1"
                          + " FROM pg_catalog.pg_cast k WHERE k.castsource = base.oid"
                          + " AND k.casttarget = c.opcintype AND k.castmethod = 'b'))")
                  .bind("type", type)
                  .map(
                      (rs, ctx) ->
                          new Candidate(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)))
                  .list();
          Optional<String> chosen = choose(found);
          if (chosen.isEmpty()) {
            return Optional.empty();
          }
          String function = chosen.get();
          return probe(handle, "SELECT " + function + "(NULL::" + column.typeName() + ", 0)")
              ? Optional.of(function)
              : Optional.empty();
        });
  }

  /**
   * The candidate the server picks as the type's default hash operator class (its rule for {@code
   * GetDefaultOpClass}): the single class for the type itself, else the single one for a preferred
   * type of the type's category it coerces to (for {@code varchar}: {@code text}, not {@code
   * bpchar}), else the single one it coerces to; none when that is ambiguous.
   */
  private static Optional<String> choose(List<Candidate> found) {
    for (java.util.function.Predicate<Candidate> rule :
        List.<java.util.function.Predicate<Candidate>>of(
            Candidate::exact, c -> !c.exact() && c.preferred(), c -> !c.exact())) {
      List<Candidate> matching = found.stream().filter(rule).toList();
      if (matching.size() == 1) {
        return Optional.of(matching.get(0).function());
      }
      if (matching.size() > 1) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * A type's hash function; whether its operator class is for the type itself, and else whether the
   * class's type is a preferred one of the same category.
   */
  private record Candidate(String function, boolean exact, boolean preferred) {}

  private boolean isHashable(Handle handle, long typeOid, String typeName) {
    return hashable.computeIfAbsent(
        typeOid,
        oid ->
            probe(
                handle, "SELECT pg_catalog.hash_record_extended(ROW(NULL::" + typeName + "), 0)"));
  }

  /**
   * Whether the server runs {@code sql}: asked whether it can hash a type (inside a record, or with
   * a function), the lookup happens before any value is read, so a NULL of the type is enough.
   * Inside a transaction the probe runs under a savepoint, so a refusal does not abort the caller's
   * transaction.
   */
  private static boolean probe(Handle handle, String sql) {
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
