package org.migplan.db.catalog;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.db.Dialects;
import org.migplan.db.testing.SqliteTestDatabase;

class SqliteCatalogIT {
  @TempDir static Path directory;

  private static SqliteTestDatabase database;

  @BeforeAll
  static void load() {
    database =
        SqliteTestDatabase.in(directory, "madaris.sqlite3")
            .runResource("fixtures/sqlite/madaris-schema.sql");
  }

  private static void withCatalog(Consumer<Catalog> check) {
    database.jdbi().useHandle(h -> check.accept(Catalogs.of(Dialects.forUrl(database.url()), h)));
  }

  @Test
  void readingManyTablesAtOnceEqualsReadingThemOneByOne() {
    withCatalog(CatalogBatchExpectations::batchEqualsOneByOne);
  }

  @Test
  void referencingTablesReadTogetherKnowTheirKeys() {
    withCatalog(CatalogBatchExpectations::referencingTablesKnowTheirKeys);
  }

  @Test
  void anEmptyRequestReadsNothing() {
    withCatalog(CatalogBatchExpectations::nothingAskedNothingRead);
  }
}
