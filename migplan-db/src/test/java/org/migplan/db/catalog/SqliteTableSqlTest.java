package org.migplan.db.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqliteTableSqlTest {
  @Test
  void readsChecksAndDeferrabilityAsDjangoWritesThem() {
    SqliteTableSql sql =
        new SqliteTableSql(
            "CREATE TABLE \"t\" (\"id\" integer NOT NULL PRIMARY KEY, \"age\" integer unsigned NULL"
                + " CHECK (\"age\" >= 0), \"a \"\"b\" bigint REFERENCES \"p\" (\"id\") DEFERRABLE"
                + " INITIALLY DEFERRED, \"c\" bigint REFERENCES \"p\" (\"id\") ON DELETE CASCADE,"
                + " FOREIGN KEY (\"d\", e) REFERENCES q (x, y) DEFERRABLE)");
    assertThat(sql.checks()).containsExactly("CHECK (\"age\" >= 0)");
    assertThat(sql.deferrability())
        .containsEntry("a \"b", "DEFERRABLE INITIALLY DEFERRED")
        .containsEntry("c", "NOT DEFERRABLE")
        .containsEntry("d", "DEFERRABLE INITIALLY IMMEDIATE")
        .containsEntry("e", "DEFERRABLE INITIALLY IMMEDIATE")
        .doesNotContainKey("age");
  }
}
