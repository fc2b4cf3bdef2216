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
 * checksums write them: bare for PostgreSQL's {@code public} schema, {@code schema.table}
 * otherwise.
 */
public final class ReferencingTables {
  private ReferencingTables() {}

  /** {@code table} itself and every table referencing it, sorted. */
  public static Set<String> withReferences(Handle handle, DatabaseUrl url, String table) {
    Set<String> result = new TreeSet<>();
    result.add(table);
    Catalogs.of(Dialects.forUrl(url), handle).schema(tableName(url, table)).incoming().stream()
        .map(ForeignKey::table)
        .map(TableName::toString)
        .forEach(result::add);
    return result;
  }

  private static TableName tableName(DatabaseUrl url, String table) {
    int dot = table.indexOf('.');
    if (!url.isPostgres()) {
      return TableName.of(table);
    }
    return dot < 0
        ? new TableName("public", table)
        : new TableName(table.substring(0, dot), table.substring(dot + 1));
  }
}
