package org.migplan.db.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.migplan.core.database.TableAudit;
import org.migplan.db.testing.PostgresTestDatabase;

class PostgresDatabaseReaderIT {
  @RegisterExtension static PostgresTestDatabase postgres = new PostgresTestDatabase();

  private static DatabaseReader reader;

  @BeforeAll
  static void load() {
    postgres.runResource("fixtures/postgres/clubs-schema.sql");
    postgres.runResource("fixtures/postgres/clubs-data.sql");
    postgres.jdbi().useHandle(h -> h.execute("ANALYZE"));
    reader = new DatabaseReader(postgres.url(), Duration.ofSeconds(30));
  }

  @Test
  void auditsTheModelsTable() {
    TableAudit audit = reader.audit(ClubsExpectations.MEMBER, ClubsExpectations.TABLE);
    ClubsExpectations.auditMatches(audit);
    assertThat(audit.table().schema()).isEqualTo("public");
    assertThat(audit.statistics().estimatedRows()).hasValue(6);
    assertThat(audit.statistics().tableBytes()).isPresent();
    assertThat(audit.statistics().indexBytes().getAsLong()).isPositive();
    assertThat(audit.schema().column("id").orElseThrow().identity()).isEqualTo("serial");
  }

  @Test
  void mapsEveryReference() {
    ClubsExpectations.mapMatches(reader.map(ClubsExpectations.MEMBER, ClubsExpectations.TABLE));
  }

  @Test
  void aMissingTableNamesTheClosest() {
    ClubsExpectations.missingTableNamesTheClosest(
        () -> reader.audit(ClubsExpectations.MEMBER, "people_clubmembr"));
  }
}
