package org.migplan.db.checksum;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.db.Identifiers;
import org.sqlite.Function;

/**
 * SQLite has no hash function, so migplan registers an aggregate ({@link RowHashAggregate}) that
 * SQLite calls once per row with the row's values (columns in table order); it hashes them and sums
 * the hashes, so the order of rows does not matter.
 */
public final class SqliteTableChecksums implements TableChecksums {
  static final String FUNCTION = "migplan_row_checksum";

  @Override
  public List<String> tables(Handle handle) {
    return handle
        .createQuery(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
                + " ESCAPE '\\' ORDER BY name")
        .mapTo(String.class)
        .list();
  }

  /** The aggregate is migplan's own and the same everywhere; a change to it gets a new name. */
  @Override
  public String method(Handle handle) {
    return "sqlite/md5-row-sum";
  }

  @Override
  public List<TableSnapshot> snapshot(Handle handle) {
    register(handle);
    return handle.inTransaction(
        h -> {
          List<TableSnapshot> result = new ArrayList<>();
          for (String table : tables(h)) {
            result.add(snapshot(h, table));
          }
          return result;
        });
  }

  private static TableSnapshot snapshot(Handle handle, String table) {
    List<String> columns =
        handle
            .createQuery("SELECT name FROM pragma_table_info(?) ORDER BY cid")
            .bind(0, table)
            .mapTo(String.class)
            .list();
    String arguments =
        columns.stream().map(c -> Identifiers.quote(c, '"')).collect(Collectors.joining(", "));
    String sql =
        "SELECT count(*), "
            + FUNCTION
            + "("
            + arguments
            + ") FROM "
            + Identifiers.quote(table, '"');
    return handle
        .createQuery(sql)
        .map((rs, ctx) -> new TableSnapshot(table, rs.getLong(1), rs.getString(2)))
        .one();
  }

  private static void register(Handle handle) {
    try {
      Function.create(handle.getConnection(), FUNCTION, new RowHashAggregate());
    } catch (SQLException e) {
      throw new MigplanException(
          ErrorCode.DATABASE_ERROR,
          "cannot register the checksum function in SQLite: " + e.getMessage());
    }
  }
}
