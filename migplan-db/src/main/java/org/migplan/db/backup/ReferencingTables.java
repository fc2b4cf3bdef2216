package org.migplan.db.backup;

import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.migplan.core.database.ForeignKey;
import org.migplan.core.database.TableName;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Dialects;
import org.migplan.db.catalog.Catalogs;

/**
 * The tables with a foreign key to a given table, from the catalog's foreign keys. Names are as the
 * checksums write them: bare for PostgreSQL's {@code public} schema, {@code schema.table} otherwise
 * (also for the given table when a bare name finds it in another schema).
 */
public final class ReferencingTables {
  private ReferencingTables() {}

  /** {@code table} itself and every table referencing it, sorted. */
  public static Set<String> withReferences(Handle handle, DatabaseUrl url, String table) {
    Set<String> result = new TreeSet<>();
    TableName name = tableName(handle, url, table);
    result.add(name.toString());
    Catalogs.of(Dialects.forUrl(url), handle).schema(name).incoming().stream()
        .map(ForeignKey::table)
        .map(TableName::toString)
        .forEach(result::add);
    return result;
  }

  /**
   * The table a name means. On PostgreSQL a bare name (a Django {@code db_table}) is found as the
   * server finds it, on the session's search path, first schema first; {@code public} when no
   * schema on the path has it.
   */
  private static TableName tableName(Handle handle, DatabaseUrl url, String table) {
    int dot = table.indexOf('.');
    if (!url.isPostgres()) {
      return TableName.of(table);
    }
    if (dot >= 0) {
      return new TableName(table.substring(0, dot), table.substring(dot + 1));
    }
    String schema =
        handle
            .createQuery(
                "SELECT n.nspname FROM pg_catalog.pg_class c"
                    + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.oid = pg_catalog.to_regclass(pg_catalog.quote_ident(:table))")
            .bind("table", table)
            .mapTo(String.class)
            .findOne()
            .orElse("public");
    return new TableName(schema, table);
  }
}
