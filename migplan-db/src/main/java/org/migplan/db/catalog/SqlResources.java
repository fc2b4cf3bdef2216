package org.migplan.db.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/** Catalog SQL kept as {@code .sql} resources per engine, e.g. {@code postgres/columns.sql}. */
final class SqlResources {
  private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.removingComments();
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private SqlResources() {}

  /** The statement in {@code org/migplan/db/<engine>/<name>.sql}. */
  static String get(String engine, String name) {
    return CACHE.computeIfAbsent(
        engine + "/" + name,
        key ->
            LOCATOR.getResource(
                SqlResources.class.getClassLoader(), "org/migplan/db/" + key + ".sql"));
  }
}
