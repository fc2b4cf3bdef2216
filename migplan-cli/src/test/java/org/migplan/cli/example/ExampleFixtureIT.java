package org.migplan.cli.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.cli.CliRun;
import org.migplan.core.fixture.FixtureCatalogue;
import org.migplan.core.fixture.FixtureManyToMany;
import org.migplan.core.fixture.FixtureModel;
import org.migplan.core.fixture.FixtureSelection;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Dialects;
import org.migplan.db.checksum.TableChecksums;
import org.migplan.db.fixture.FixtureExport;
import org.migplan.scan.ProjectScanner;

/**
 * The example project end to end: the demo database, {@code stage --fixture} for the renamed model
 * and its relations, Django 3.2's {@code loaddata} into a freshly migrated database, and every
 * table of the fixture compared (model tables by checksum, automatic many-to-many tables by their
 * pairs, whose ids loaddata renumbers).
 */
class ExampleFixtureIT {
  private static final String MODEL = "constituents.BMParliamentMember";

  @TempDir Path directory;

  @Test
  void sqliteFixtureOfTheExampleLoadsWithIdenticalData() throws Exception {
    ExampleProject.assumeDjango();
    assertThat(migplan("demo", "--rows", "120", "--out", directory.resolve("demo").toString()))
        .isZero();
    DatabaseUrl source = DatabaseUrl.sqliteFile(directory.resolve("demo/madaris.sqlite3"));
    Path fixture = directory.resolve("madaris.json");
    assertThat(
            migplan(
                "stage",
                "--db",
                "sqlite:///" + source.sqlitePath(),
                "--to",
                directory.resolve("staging.sqlite3").toString(),
                "--fixture",
                fixture.toString(),
                "--model",
                MODEL,
                "--project",
                ExampleProject.directory().toString()))
        .isZero();
    String json = Files.readString(fixture);
    assertThat(json)
        .contains("{\"model\": \"hostel.room\", \"pk\": 1, \"fields\": {\"number\": ")
        .containsPattern("\"amount\": \"\\d+\\.\\d\\d\"")
        .doesNotContain("\"enrolled\": [");

    Path loadedFile = directory.resolve("loaded.sqlite3");
    Map<String, String> env = ExampleProject.sqliteEnvironment(loadedFile);
    ExampleProject.Run migrate = ExampleProject.manage(env, "migrate", "--noinput", "-v", "0");
    assertThat(migrate.exitCode()).as(migrate.describe()).isZero();
    ExampleProject.Run load = ExampleProject.manage(env, "loaddata", fixture.toString());
    assertThat(load.exitCode()).as(load.describe()).isZero();
    DatabaseUrl loaded = DatabaseUrl.sqliteFile(loadedFile);

    FixtureCatalogue catalogue =
        FixtureExport.catalogue(source, ProjectScanner.catalogue(ExampleProject.directory()));
    List<FixtureModel> models =
        FixtureSelection.related(catalogue.models(), "constituents.bmparliamentmember");
    assertThat(models)
        .extracting(FixtureModel::table)
        .contains("hostel_rooms", "constituents_bmparliamentmember", "fees_invoice");
    List<String> tables = new ArrayList<>();
    models.forEach(m -> tables.add(m.table()));
    assertThat(checksums(loaded, tables)).isEqualTo(checksums(source, tables));
    int throughTables = 0;
    for (FixtureModel model : models) {
      for (FixtureManyToMany m2m : model.manyToMany()) {
        assertThat(pairs(loaded, m2m)).as(m2m.table()).isEqualTo(pairs(source, m2m));
        throughTables++;
      }
    }
    assertThat(throughTables).isPositive();
  }

  private int migplan(String... args) {
    CliRun.Result result = CliRun.run(directory, Map.of(), args);
    if (result.exitCode() != 0) {
      System.err.println(result.err());
    }
    return result.exitCode();
  }

  private static List<String> checksums(DatabaseUrl url, List<String> tables) {
    return Dialects.forUrl(url)
        .openReadWrite(url)
        .withHandle(TableChecksums.forUrl(url)::snapshot)
        .stream()
        .filter(t -> tables.contains(t.table()))
        .map(t -> t.table() + " " + t.rows() + " " + t.checksum())
        .toList();
  }

  private static List<String> pairs(DatabaseUrl url, FixtureManyToMany m2m) {
    String sql =
        "SELECT \""
            + m2m.sourceColumn()
            + "\" || '-' || \""
            + m2m.targetColumn()
            + "\" FROM \""
            + m2m.table()
            + "\" ORDER BY 1";
    return Dialects.forUrl(url)
        .openReadWrite(url)
        .withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }
}
