package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.cli.demo.DemoDataGenerator;
import org.migplan.cli.demo.SqlScript;
import org.migplan.core.stage.FixtureRecord;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.backup.PostgresDatabases;
import org.migplan.db.backup.Sha256;
import org.migplan.db.stage.StagingRecords;
import org.migplan.db.testing.PostgresTestDatabase;
import org.migplan.db.testing.Resources;

/**
 * {@code stage --fixture} records the fixture on the staging copy, and {@code plan --staging} names
 * it only while the file is the one stage wrote.
 */
class StagingFixtureRecordIT {
  private static final Path EXAMPLE = Path.of("..", "example", "madaris").toAbsolutePath();
  @RegisterExtension static PostgresTestDatabase postgres = new PostgresTestDatabase();
  @TempDir Path work;

  @Test
  void sqliteStagingCopyCarriesTheFixtureUntilItChanges() throws Exception {
    Path out = work.resolve("demo");
    assertThat(
            run("demo", "--rows", "60", "--out", out.toString(), "--project", EXAMPLE.toString()))
        .isZero();
    DatabaseUrl staging = DatabaseUrl.sqliteFile(out.resolve("staging.sqlite3"));
    checkRecordAndTamper(staging, out.resolve("fixture.json"));
  }

  @Test
  void postgresStagingCopyCarriesTheFixtureInItsComment() throws Exception {
    try (Handle handle = postgres.jdbi().open()) {
      Connection connection = handle.getConnection();
      try (Statement statement = connection.createStatement()) {
        for (SqlScript.Statement each :
            SqlScript.parse(Resources.read("fixtures/postgres/madaris-schema.sql")).statements()) {
          statement.execute(each.sql());
        }
      }
    }
    try (Handle handle = postgres.jdbi().open()) {
      new DemoDataGenerator().generate(handle.getConnection(), 40);
    }
    String name = "migplan_stage_record_" + UUID.randomUUID().toString().substring(0, 8);
    Path fixture = work.resolve("fixture.json");
    try {
      assertThat(
              run(
                  "stage",
                  "--db",
                  postgres.urlWithPassword(),
                  "--to",
                  name,
                  "--project",
                  EXAMPLE.toString(),
                  "--model",
                  "constituents.BMParliamentMember",
                  "--fixture",
                  fixture.toString()))
          .isZero();
      checkRecordAndTamper(postgres.url().withDatabase(name), fixture);
    } finally {
      PostgresDatabases server = new PostgresDatabases(postgres.url());
      if (server.exists(name)) {
        server.dropMarked(name, PostgresDatabases.STAGING);
      }
    }
  }

  private static void checkRecordAndTamper(DatabaseUrl staging, Path fixture) throws Exception {
    Optional<FixtureRecord> record = StagingRecords.fixture(staging);
    assertThat(record).isPresent();
    assertThat(record.get().path()).isEqualTo(fixture.toAbsolutePath().toString());
    assertThat(record.get().sha256()).isEqualTo(Sha256.of(fixture));
    String text = Files.readString(fixture, StandardCharsets.UTF_8);
    assertThat(record.get().objects())
        .isPositive()
        .isEqualTo(text.split("\"model\": ", -1).length - 1);

    List<String> missing = new ArrayList<>();
    assertThat(PlanBackups.staging(staging, missing).orElseThrow())
        .contains("fixture " + fixture.toAbsolutePath())
        .contains("unchanged since migplan stage wrote it");
    assertThat(missing).isEmpty();

    Files.writeString(fixture, text.replaceFirst("\"pk\": 1,", "\"pk\": 99999,"));
    assertThat(PlanBackups.staging(staging, missing).orElseThrow()).doesNotContain("fixture");
    assertThat(missing).singleElement().asString().contains("is missing or changed");
  }

  private int run(String... args) {
    CommandContext context =
        new CommandContext(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            Map.of(),
            work);
    return new Migplan(Commands.all()).run(args, context);
  }
}
