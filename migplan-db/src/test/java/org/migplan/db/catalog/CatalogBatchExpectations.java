package org.migplan.db.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.migplan.core.database.ForeignKey;
import org.migplan.core.database.TableName;
import org.migplan.core.database.TableSchema;

/** What reading many schemas at once must give on the example's schema, on every engine. */
final class CatalogBatchExpectations {
  static final String STUDENTS = "constituents_bmparliamentmember";

  /** Tables with a foreign key to the student table, the table itself included (mentor). */
  static final int REFERENCING_TABLES = 17;

  private CatalogBatchExpectations() {}

  /** The batch read equals one read per table, in the order asked, a repeated table once. */
  static void batchEqualsOneByOne(Catalog catalog) {
    List<TableName> tables = catalog.tables();
    assertThat(tables).hasSizeGreaterThan(REFERENCING_TABLES);
    List<TableName> reversed = new ArrayList<>(tables);
    Collections.reverse(reversed);
    List<TableName> asked = new ArrayList<>(reversed);
    asked.add(tables.get(0));
    Map<TableName, TableSchema> batch = catalog.schemas(asked);
    assertThat(batch.keySet()).containsExactlyElementsOf(reversed);
    for (TableName table : tables) {
      assertThat(batch.get(table)).as(table.toString()).isEqualTo(catalog.schema(table));
    }
  }

  /** The referencing tables read together each know their key to the student table. */
  static void referencingTablesKnowTheirKeys(Catalog catalog) {
    TableSchema students = catalog.schema(catalog.find(STUDENTS).orElseThrow());
    List<TableName> referencing =
        students.incoming().stream().map(ForeignKey::table).distinct().toList();
    assertThat(referencing).hasSize(REFERENCING_TABLES);
    Map<TableName, TableSchema> schemas = catalog.schemas(referencing);
    for (TableName table : referencing) {
      assertThat(schemas.get(table).outgoing())
          .as(table.toString())
          .anyMatch(k -> k.referencedTable().equals(students.table()));
      assertThat(schemas.get(table).columns()).as(table.toString()).isNotEmpty();
    }
  }

  static void nothingAskedNothingRead(Catalog catalog) {
    assertThat(catalog.schemas(List.of())).isEmpty();
  }
}
