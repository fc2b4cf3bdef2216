package org.migplan.db.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.database.TableAudit;
import org.migplan.db.testing.SqliteTestDatabase;

class SqliteDatabaseReaderIT {
  @TempDir static Path directory;

  private static DatabaseReader reader;

  @BeforeAll
  static void load() {
    SqliteTestDatabase database =
        SqliteTestDatabase.in(directory, "clubs.sqlite3")
            .runResource("fixtures/sqlite/clubs-schema.sql")
            .runResource("fixtures/sqlite/clubs-data.sql");
    reader = new DatabaseReader(database.url(), Duration.ofSeconds(30));
  }

  @Test
  void auditsTheModelsTable() {
    TableAudit audit = reader.audit(ClubsExpectations.MEMBER, ClubsExpectations.TABLE);
    ClubsExpectations.auditMatches(audit);
    assertThat(audit.statistics().estimatedRows()).isEmpty();
    assertThat(audit.schema().column("id").orElseThrow().identity()).isEqualTo("autoincrement");
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
