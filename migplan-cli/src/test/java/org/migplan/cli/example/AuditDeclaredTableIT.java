package org.migplan.cli.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.cli.CliRun;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.sqlite.SqliteDialect;

/**
 * audit and map find a model's table through its {@code Meta.db_table} (the example's {@code
 * hostel.Room} lives in {@code hostel_rooms}, not Django's default {@code hostel_room}).
 */
class AuditDeclaredTableIT {
  @Test
  void auditAndMapUseTheDeclaredTable(@TempDir Path out) throws Exception {
    Path root = ExampleProject.repositoryRoot();
    String project = ExampleProject.directory().toString();
    assertThat(
            CliRun.run(root, Map.of(), "demo", "--rows", "40", "--out", out.toString()).exitCode())
        .isZero();
    String db = "sqlite:///" + out.resolve("madaris.sqlite3");

    CliRun.Result audit =
        CliRun.run(
            root,
            Map.of(),
            "audit",
            "--project",
            project,
            "--model",
            "hostel.Room",
            "--db",
            db,
            "--format",
            "json");
    assertThat(audit.exitCode()).as(audit.err()).isZero();
    JsonNode document = new ObjectMapper().readTree(audit.out());
    assertThat(document.get("table").asText()).isEqualTo("hostel_rooms");
    long direct =
        new SqliteDialect()
            .openReadWrite(DatabaseUrl.sqliteFile(out.resolve("madaris.sqlite3")))
            .withHandle(h -> h.select("SELECT count(*) FROM hostel_rooms").mapTo(Long.class).one());
    assertThat(document.get("row_count").asLong()).isEqualTo(direct).isPositive();

    CliRun.Result map =
        CliRun.run(
            root, Map.of(), "map", "--project", project, "--model", "hostel.Room", "--db", db);
    assertThat(map.exitCode()).as(map.err()).isZero();
    assertThat(map.out()).contains("table hostel_rooms").doesNotContain("hostel_room)");
  }
}
