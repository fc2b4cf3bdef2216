package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.db.testing.PostgresTestDatabase;
import org.migplan.db.testing.SqliteTestDatabase;

class BackupCommandsIT {
  @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();
  @TempDir static Path dir;

  @BeforeAll
  static void schema() {
    pg.runResource("fixtures/postgres/backup-school.sql");
  }

  @Test
  void postgresBackupWritesAManifestAndVerifies() throws Exception {
    Path backups = Files.createDirectories(dir.resolve("pg-backups"));
    CliRun.Result backup = run("backup", "--db", pg.urlWithPassword(), "--out", "pg-backups");
    assertThat(backup.exitCode()).as(backup.err()).isZero();
    assertThat(backup.out()).contains("verified: yes").doesNotContain("migplan_test:");
    try (var files = Files.list(backups)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .hasSize(2)
          .anyMatch(n -> n.endsWith(".dump"))
          .anyMatch(n -> n.endsWith(".dump.manifest.json"));
    }
    CliRun.Result verify =
        verifyPostgres("--backups", "pg-backups", "--table", "school_student", "--format", "json");
    assertThat(verify.exitCode()).as(verify.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(verify.out());
    assertThat(json.get("verified").asBoolean()).isTrue();
    assertThat(json.get("format").asText()).isEqualTo("postgresql-custom");
    assertThat(json.get("backup").asText()).startsWith("pg-backups/");
    assertThat(json.get("tables")).hasSize(4);
    assertThat(json.get("tables").get(3).get("live_rows").asLong()).isEqualTo(3000);
    assertThat(json.get("tables").get(3).get("checksum_match").asBoolean()).isTrue();
    assertThat(json.get("warnings")).isEmpty();
    assertThat(json.get("verification_id").asText()).matches("\\d{8}_\\d{6}_[0-9a-f]{6}");

    // a manifest whose checksums another method computed is compared by its counts only
    Path manifest;
    try (var files = Files.list(backups)) {
      manifest = files.filter(p -> p.toString().endsWith(".manifest.json")).findFirst().get();
    }
    com.fasterxml.jackson.databind.node.ObjectNode written =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            new ObjectMapper().readTree(Files.readString(manifest));
    assertThat(written.get("checksum_method").asText()).startsWith("postgresql-");
    written.put("checksum_method", "postgresql-11/hashtextextended-text");
    written
        .withArray("tables")
        .forEach(t -> ((com.fasterxml.jackson.databind.node.ObjectNode) t).put("checksum", "0"));
    Files.writeString(manifest, written.toString());
    CliRun.Result otherMethod = verifyPostgres("--backups", "pg-backups", "--format", "json");
    assertThat(otherMethod.exitCode()).as(otherMethod.out()).isZero();
    assertThat(new ObjectMapper().readTree(otherMethod.out()).get("warnings").toString())
        .contains("computed by postgresql-11/hashtextextended-text")
        .contains("compared its row counts only");
  }

  @Test
  void aDamagedBackupExitsOneNamingTheProblem() throws Exception {
    Path backups = Files.createDirectories(dir.resolve("damaged"));
    assertThat(run("backup", "--db", pg.urlWithPassword(), "--out", "damaged").exitCode()).isZero();
    Path dump;
    try (var files = Files.list(backups)) {
      dump = files.filter(p -> p.toString().endsWith(".dump")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(dump);
    Files.write(dump, Arrays.copyOf(bytes, bytes.length / 2));
    CliRun.Result verify = verifyPostgres("--backup", "damaged/" + dump.getFileName());
    assertThat(verify.exitCode()).isEqualTo(1);
    assertThat(verify.out())
        .contains("verified: NO")
        .contains("sha256")
        .contains("differs from its manifest's");
  }

  @Test
  void sqliteBackupAndVerify() throws Exception {
    SqliteTestDatabase db =
        SqliteTestDatabase.in(dir, "school.sqlite3")
            .runResource("fixtures/sqlite/backup-school.sql");
    CliRun.Result backup = run("backup", "--db", db.djangoUrl(), "--out", "sqlite-backups");
    assertThat(backup.exitCode()).as(backup.err() + backup.out()).isZero();
    assertThat(backup.out()).contains("verified: yes").contains("school_student");
    Path copy;
    try (var files = Files.list(dir.resolve("sqlite-backups"))) {
      copy = files.filter(p -> p.toString().endsWith(".sqlite3")).findFirst().orElseThrow();
    }
    Path other = Files.copy(copy, dir.resolve("loose-copy.db"));
    db.runSql("DELETE FROM school_enrolment WHERE id <= 10");
    CliRun.Result warned =
        run(
            "verify-backup",
            "--db",
            db.djangoUrl(),
            "--backup",
            other.toString(),
            "--table",
            "school_house");
    assertThat(warned.exitCode()).as(warned.out()).isZero();
    assertThat(warned.out()).contains("warnings:").contains("school_enrolment has 3990 rows");
    CliRun.Result failed =
        run("verify-backup", "--db", db.djangoUrl(), "--backup", other.toString());
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.out())
        .contains("school_enrolment has 3990 rows in the live database but 4000");
  }

  @Test
  void refusesAFileOfAnotherKind() throws Exception {
    Files.writeString(dir.resolve("README.md"), "# not a backup\n");
    CliRun.Result result = verifyPostgres("--backup", "README.md");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("README.md is a text file that is not an SQL dump");
  }

  private static CliRun.Result run(String... args) {
    return CliRun.run(dir, Map.of(), args);
  }

  /** {@code migplan verify-backup --db <the test PostgreSQL database> ARGS...}. */
  private static CliRun.Result verifyPostgres(String... args) {
    return run(
        Stream.concat(Stream.of("verify-backup", "--db", pg.urlWithPassword()), Stream.of(args))
            .toArray(String[]::new));
  }
}
