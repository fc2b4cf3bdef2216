package org.migplan.db.backup;

import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.migplan.core.database.ForeignKey;
import org.migplan.core.database.TableName;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Dialects;
import org.migplan.db.catalog.Catalog;
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
    Catalog catalog = Catalogs.of(Dialects.forUrl(url), handle);
    TableName name = tableName(catalog, url, table);
    result.add(name.toString());
    catalog.schema(name).incoming().stream()
        .map(ForeignKey::table)
        .map(TableName::toString)
        .forEach(result::add);
    return result;
  }

  /**
   * The table a name means. On PostgreSQL a bare name (a Django {@code db_table}) is the one the
   * catalog finds first on the search path; {@code public} when no schema on the path has it.
   */
  private static TableName tableName(Catalog catalog, DatabaseUrl url, String table) {
    int dot = table.indexOf('.');
    if (!url.isPostgres()) {
      return TableName.of(table);
    }
    if (dot >= 0) {
      return new TableName(table.substring(0, dot), table.substring(dot + 1));
    }
    return catalog.find(table).orElse(new TableName("public", table));
  }
}
