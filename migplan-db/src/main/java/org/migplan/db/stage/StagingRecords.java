package org.migplan.db.stage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.migplan.core.stage.FixtureRecord;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.backup.PostgresDatabases;

/**
 * What migplan records on a staging copy beside its marker: the fixture written from it. On
 * PostgreSQL the record is a line of the database's comment, on SQLite a line of the marker file.
 */
public final class StagingRecords {
  private StagingRecords() {}

  /** Records the fixture on a staging copy migplan made. */
  public static void recordFixture(DatabaseUrl staging, FixtureRecord fixture) throws IOException {
    if (staging.isPostgres()) {
      PostgresDatabases server = new PostgresDatabases(staging);
      String comment = server.comment(staging.database()).orElseThrow();
      server.setComment(staging.database(), fixture.into(comment));
      return;
    }
    Path marker = StagingTargets.marker(staging.sqlitePath());
    String text = Files.readString(marker, StandardCharsets.UTF_8);
    Path temporary = Files.createTempFile(marker.toAbsolutePath().getParent(), ".marker.", ".tmp");
    try {
      Files.writeString(temporary, fixture.into(text) + "\n", StandardCharsets.UTF_8);
      Files.move(temporary, marker, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** The fixture recorded on a staging copy, if any. */
  public static Optional<FixtureRecord> fixture(DatabaseUrl staging) throws IOException {
    if (staging.isPostgres()) {
      return new PostgresDatabases(staging)
          .comment(staging.database())
          .flatMap(FixtureRecord::from);
    }
    Path marker = StagingTargets.marker(staging.sqlitePath());
    return Files.isRegularFile(marker)
        ? FixtureRecord.from(Files.readString(marker, StandardCharsets.UTF_8))
        : Optional.empty();
  }
}
