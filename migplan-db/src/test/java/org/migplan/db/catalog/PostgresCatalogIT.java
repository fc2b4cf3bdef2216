package org.migplan.db.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.migplan.core.database.TableName;
import org.migplan.core.database.TableSchema;
import org.migplan.db.Dialects;
import org.migplan.db.testing.PostgresTestDatabase;

class PostgresCatalogIT {
  @RegisterExtension static PostgresTestDatabase postgres = new PostgresTestDatabase();

  @BeforeAll
  static void load() {
    postgres.runResource("fixtures/postgres/madaris-schema.sql");
    postgres
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "CREATE SCHEMA \"Other\"; CREATE TABLE \"Other\".\"constituents_bmparliamentmember\""
                        + " (\"Odd \"\"name\" integer PRIMARY KEY)"));
  }

  private static void withCatalog(Consumer<Catalog> check) {
    postgres.jdbi().useHandle(h -> check.accept(Catalogs.of(Dialects.forUrl(postgres.url()), h)));
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

  @Test
  void tablesAreMatchedBySchemaAndNameTogether() {
    TableName inPublic = new TableName("public", CatalogBatchExpectations.STUDENTS);
    TableName inOther = new TableName("Other", CatalogBatchExpectations.STUDENTS);
    TableName missing = new TableName("Other", "courses_course");
    withCatalog(
        catalog -> {
          Map<TableName, TableSchema> schemas =
              catalog.schemas(List.of(inOther, inPublic, missing));
          assertThat(schemas.get(inOther).columns())
              .singleElement()
              .satisfies(c -> assertThat(c.name()).isEqualTo("Odd \"name"));
          assertThat(schemas.get(inOther).primaryKey()).containsExactly("Odd \"name");
          assertThat(schemas.get(inOther).incoming()).isEmpty();
          assertThat(schemas.get(inPublic).columns()).hasSizeGreaterThan(1);
          assertThat(schemas.get(inPublic).incoming())
              .hasSizeGreaterThanOrEqualTo(CatalogBatchExpectations.REFERENCING_TABLES);
          assertThat(schemas.get(missing).columns()).isEmpty();
        });
  }
}
