package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.db.testing.PostgresTestDatabase;
import org.migplan.db.testing.SqliteTestDatabase;

class BackupCommandsIT {
  @RegisterExtension static PostgresTestDatabase pg = new PostgresTestDatabase();
  @TempDir static Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void schema() {
    pg.runResource("fixtures/postgres/backup-school.sql");
  }

  @Test
  void postgresBackupWritesAManifestAndVerifies() throws Exception {
    Path backups = Files.createDirectories(dir.resolve("pg-backups"));
    int code = run("backup", "--db", pg.urlWithPassword(), "--out", "pg-backups");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("verified: yes").doesNotContain("migplan_test:");
    try (var files = Files.list(backups)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .hasSize(2)
          .anyMatch(n -> n.endsWith(".dump"))
          .anyMatch(n -> n.endsWith(".dump.manifest.json"));
    }
    out.reset();
    code =
        run(
            "verify-backup",
            "--db",
            pg.urlWithPassword(),
            "--backups",
            "pg-backups",
            "--table",
            "school_student",
            "--format",
            "json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("verified").asBoolean()).isTrue();
    assertThat(json.get("format").asText()).isEqualTo("postgresql-custom");
    assertThat(json.get("backup").asText()).startsWith("pg-backups/");
    assertThat(json.get("tables")).hasSize(4);
    assertThat(json.get("tables").get(3).get("live_rows").asLong()).isEqualTo(3000);
    assertThat(json.get("tables").get(3).get("checksum_match").asBoolean()).isTrue();
  }

  @Test
  void aDamagedBackupExitsOneNamingTheProblem() throws Exception {
    Path backups = Files.createDirectories(dir.resolve("damaged"));
    assertThat(run("backup", "--db", pg.urlWithPassword(), "--out", "damaged")).isZero();
    Path dump;
    try (var files = Files.list(backups)) {
      dump = files.filter(p -> p.toString().endsWith(".dump")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(dump);
    Files.write(dump, Arrays.copyOf(bytes, bytes.length / 2));
    out.reset();
    int code =
        run(
            "verify-backup",
            "--db",
            pg.urlWithPassword(),
            "--backup",
            "damaged/" + dump.getFileName());
    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("verified: NO")
        .contains("sha256")
        .contains("differs from its manifest's");
  }

  @Test
  void sqliteBackupAndVerify() throws Exception {
    SqliteTestDatabase db =
        SqliteTestDatabase.in(dir, "school.sqlite3")
            .runResource("fixtures/sqlite/backup-school.sql");
    int code = run("backup", "--db", db.djangoUrl(), "--out", "sqlite-backups");
    assertThat(code).as(err.toString() + out).isZero();
    assertThat(out.toString()).contains("verified: yes").contains("school_student");
    Path copy;
    try (var files = Files.list(dir.resolve("sqlite-backups"))) {
      copy = files.filter(p -> p.toString().endsWith(".sqlite3")).findFirst().orElseThrow();
    }
    Path other = Files.copy(copy, dir.resolve("loose-copy.db"));
    db.runSql("DELETE FROM school_enrolment WHERE id <= 10");
    out.reset();
    code =
        run(
            "verify-backup",
            "--db",
            db.djangoUrl(),
            "--backup",
            other.toString(),
            "--table",
            "school_house");
    assertThat(code).as(out.toString()).isZero();
    assertThat(out.toString()).contains("warnings:").contains("school_enrolment has 3990 rows");
    out.reset();
    code = run("verify-backup", "--db", db.djangoUrl(), "--backup", other.toString());
    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("school_enrolment has 3990 rows in the live database but 4000");
  }

  @Test
  void refusesAFileOfAnotherKind() throws Exception {
    Files.writeString(dir.resolve("README.md"), "# not a backup\n");
    int code = run("verify-backup", "--db", pg.urlWithPassword(), "--backup", "README.md");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("README.md is a text file that is not an SQL dump");
  }

  private int run(String... args) {
    CommandContext context =
        new CommandContext(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            dir);
    return new Migplan(Commands.all()).run(args, context);
  }
}
