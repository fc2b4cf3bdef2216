package org.migplan.db.backup;

import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.migplan.db.DatabaseUrl;

/** The tables with a foreign key to a given table, read from the database's catalog. */
public final class ReferencingTables {
  private ReferencingTables() {}

  /** {@code table} itself and every table referencing it, sorted. */
  public static Set<String> withReferences(Handle handle, DatabaseUrl url, String table) {
    Set<String> result = new TreeSet<>();
    result.add(table);
    if (url.isPostgres()) {
      result.addAll(
          handle
              .createQuery(
                  "SELECT DISTINCT CASE WHEN n.nspname = 'public' THEN c.relname"
                      + " ELSE n.nspname || '.' || c.relname END"
                      + " FROM pg_catalog.pg_constraint k"
                      + " JOIN pg_catalog.pg_class c ON c.oid = k.conrelid"
                      + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                      + " JOIN pg_catalog.pg_class t ON t.oid = k.confrelid"
                      + " JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace"
                      + " WHERE k.contype = 'f' AND (CASE WHEN tn.nspname = 'public' THEN t.relname"
                      + " ELSE tn.nspname || '.' || t.relname END) = ?")
              .bind(0, table)
              .mapTo(String.class)
              .list());
    } else {
      result.addAll(
          handle
              .createQuery(
                  "SELECT DISTINCT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f"
                      + " WHERE m.type = 'table' AND f.\"table\" = ?")
              .bind(0, table)
              .mapTo(String.class)
              .list());
    }
    return result;
  }
}
