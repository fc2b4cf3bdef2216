package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.cli.demo.DemoDataGenerator;
import org.migplan.cli.demo.SqlScript;
import org.migplan.db.testing.PostgresTestDatabase;
import org.migplan.db.testing.Resources;

/**
 * {@code migplan plan} on the bundled example against demo databases on SQLite and PostgreSQL: the
 * plan's facts equal what the databases say when asked directly.
 */
class PlanExampleIT {
  private static final Path EXAMPLE = Path.of("../example/madaris").toAbsolutePath().normalize();
  private static final String TABLE = "constituents_bmparliamentmember";
  private static final int STUDENTS = 300;

  @RegisterExtension static PostgresTestDatabase postgres = new PostgresTestDatabase();

  @TempDir Path work;

  private CliRun.Result plan(String db, Path out) {
    return plan(out, "--db", db);
  }

  /** Plans the example's rename into {@code out}, with the database given by {@code database}. */
  private CliRun.Result plan(Path out, String... database) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "plan",
                "--project",
                EXAMPLE.toString(),
                "--model",
                "constituents.BMParliamentMember",
                "--to",
                "Student"));
    args.addAll(List.of(database));
    args.addAll(List.of("--out", out.toString()));
    return CliRun.run(work, Map.of("SOURCE_DATE_EPOCH", "0"), args.toArray(String[]::new));
  }

  /** The example's SQLite database, as the demo creates it (its output discarded). */
  private Path exampleDatabase() throws Exception {
    CommandContext quiet =
        new CommandContext(
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(new ByteArrayOutputStream()),
            Map.of(),
            work);
    return DemoCommand.createDatabase(work.resolve("db"), STUDENTS, quiet);
  }

  @Test
  void sqlitePlanRecordsTheDatabaseFactsAndIsReproducible() throws Exception {
    Path database = exampleDatabase();
    String jdbc = "jdbc:sqlite:" + database;
    Path first = work.resolve("first");
    CliRun.Result run = plan("sqlite:///" + database, first);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BLOCKED);
    assertThat(run.out()).startsWith("risk high: ");

    Map<String, Long> counted;
    List<String> referencing;
    Map<String, String> relationRows;
    try (Connection connection = DriverManager.getConnection(jdbc)) {
      referencing = sqliteReferencingTables(connection);
      counted = counts(connection, referencing);
      relationRows = relationRows(connection);
    }
    assertFacts(first, counted, referencing, true);
    assertRelationRows(first, relationRows);

    Path second = work.resolve("second");
    assertThat(plan("sqlite:///" + database, second).exitCode()).isEqualTo(ExitCodes.BLOCKED);
    assertSameFiles(first, second);
    run(first, "/usr/bin/shellcheck", "rollback_student_migration.sh");
  }

  @Test
  void theReferenceListIsWhatMapPrints() throws Exception {
    Path database = exampleDatabase();
    String url = "sqlite:///" + database;
    Path out = work.resolve("with-db");
    assertThat(plan(url, out).exitCode()).isEqualTo(ExitCodes.BLOCKED);
    CliRun.Result map = map("--db", url);
    assertThat(map.exitCode()).as(map.err()).isZero();
    // the database half is there, with the rows a declared column without a foreign key holds
    assertThat(map.out()).contains("Cross-check of sources and database:").contains("rows hold");
    assertThat(Files.readString(out.resolve("foreign_key_references.txt"))).isEqualTo(map.out());

    Path sourcesOnly = work.resolve("no-db");
    CliRun.Result planned = plan(sourcesOnly, "--no-db");
    assertThat(planned.exitCode()).as(planned.err()).isIn(ExitCodes.OK, ExitCodes.BLOCKED);
    CliRun.Result mapped = map("--no-db");
    assertThat(mapped.exitCode()).as(mapped.err()).isZero();
    assertThat(mapped.out()).doesNotContain("Cross-check");
    assertThat(Files.readString(sourcesOnly.resolve("foreign_key_references.txt")))
        .isEqualTo(mapped.out());
  }

  private CliRun.Result map(String... database) {
    List<String> args = new ArrayList<>(List.of("map", "--project", EXAMPLE.toString()));
    args.addAll(List.of("--model", "constituents.BMParliamentMember", "--format", "text"));
    args.addAll(List.of(database));
    return CliRun.run(work, Map.of(), args.toArray(String[]::new));
  }

  @Test
  void postgresPlanRecordsTheDatabaseFacts() throws Exception {
    try (Handle handle = postgres.jdbi().open()) {
      Connection connection = handle.getConnection();
      try (Statement statement = connection.createStatement()) {
        String schema = Resources.read("fixtures/postgres/madaris-schema.sql");
        for (SqlScript.Statement each : SqlScript.parse(schema).statements()) {
          statement.execute(each.sql());
        }
      }
    }
    try (Handle handle = postgres.jdbi().open()) {
      new DemoDataGenerator().generate(handle.getConnection(), STUDENTS);
    }
    // settle sizes and statistics first, so autovacuum cannot change on-disk bytes between runs
    postgres.jdbi().useHandle(handle -> handle.execute("VACUUM ANALYZE"));
    Path out = work.resolve("pg");
    CliRun.Result run = plan(postgres.urlWithPassword(), out);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BLOCKED);
    Map<String, Long> counted;
    List<String> referencing;
    Map<String, String> relationRows;
    try (Handle handle = postgres.jdbi().open()) {
      Connection connection = handle.getConnection();
      referencing =
          handle
              .createQuery(
                  "SELECT DISTINCT conrelid::regclass::text FROM pg_constraint"
                      + " WHERE contype = 'f' AND confrelid = '"
                      + TABLE
                      + "'::regclass ORDER BY 1")
              .mapTo(String.class)
              .list();
      counted = counts(connection, referencing);
      relationRows = relationRows(connection);
    }
    assertFacts(out, counted, referencing, false);
    assertRelationRows(out, relationRows);
    String strategy = Files.readString(out.resolve("MIGRATION_STRATEGY.md"));
    assertThat(strategy).contains("SHARE ROW EXCLUSIVE").doesNotContain(":migplan_test@");
    Path again = work.resolve("pg-again");
    assertThat(plan(postgres.urlWithPassword(), again).exitCode()).isEqualTo(ExitCodes.BLOCKED);
    assertSameFiles(out, again);
  }

  /** What both engines' plans must say. */
  private static void assertFacts(
      Path out, Map<String, Long> counted, List<String> referencing, boolean sqlite)
      throws Exception {
    assertThat(referencing).as("the demo database has foreign keys to the model").isNotEmpty();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(
              "MIGRATION_STRATEGY.md",
              TABLE + "_schema.txt",
              "foreign_key_references.txt",
              "plan.json",
              "rollback_student_migration.sh");
    }
    String script = Files.readString(out.resolve("rollback_student_migration.sh"));
    Map<String, Long> recorded = recordedCounts(script);
    // every table counted directly is recorded with the same count, the model's own first
    assertThat(recorded).containsAllEntriesOf(counted);
    assertThat(recorded.keySet().iterator().next()).isEqualTo(TABLE);
    assertThat(script).contains("previous_migration='" + latestMigration() + "'");

    String strategy = Files.readString(out.resolve("MIGRATION_STRATEGY.md"));
    String ddl = strategy.substring(strategy.indexOf("## 4."), strategy.indexOf("## 5."));
    for (String table : referencing) {
      boolean leftAlone =
          strategy
              .lines()
              .anyMatch(l -> l.contains("| `" + table + "` |") && l.contains("| left alone |"));
      if (!table.equals(TABLE) && !leftAlone) {
        String name = table.replace("constituents_bmparliamentmember", "constituents_student");
        assertThat(ddl)
            .as("the DDL touches the foreign key from " + table)
            .containsPattern(
                sqlite
                    ? "\"new__" + java.util.regex.Pattern.quote(name) + "\""
                    : "ALTER TABLE \"" + java.util.regex.Pattern.quote(name) + "\" ADD CONSTRAINT");
      }
    }
    assertThat(strategy)
        .contains("- [x] **Row counts documented**")
        .contains("- [x] **Relationships mapped**")
        .contains("`proxy-subclasses`")
        .contains("`missing-foreign-key`")
        .contains("welfare_aid_householdsurvey.student_id")
        .contains("`mti-parent`");
    String references = Files.readString(out.resolve("foreign_key_references.txt"));
    assertThat(references)
        .contains("Relations declared in the sources")
        .contains("Cross-check of sources and database:")
        .contains("src/apps/welfare/models.py");
    String schema = Files.readString(out.resolve(TABLE + "_schema.txt"));
    assertThat(schema).contains("admission_number").contains("mentor_id");
  }

  /**
   * The rows the strategy's Relations table must show for the relations the catalog has no foreign
   * key for, counted directly: a {@code db_constraint=False} column's non-NULL values, the generic
   * rows naming the model's content type, a {@code through=} table's rows.
   */
  private static Map<String, String> relationRows(Connection connection) throws Exception {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put(
        "| `welfare_aid.HouseholdSurvey` | `student` |",
        formatted(connection, "SELECT count(\"student_id\") FROM \"welfare_aid_householdsurvey\""));
    rows.put(
        "| `constituents.BMParliamentMember` | `notes` |",
        formatted(
            connection,
            "SELECT count(*) FROM \"notes_note\" n JOIN \"django_content_type\" c"
                + " ON c.\"id\" = n.\"content_type_id\""
                + " WHERE c.\"app_label\" = 'constituents' AND c.\"model\" = 'bmparliamentmember'"));
    rows.put(
        "| `courses.Course` | `enrolled` |",
        formatted(connection, "SELECT count(*) FROM \"courses_enrollment\"")
            + " via `courses_enrollment`");
    return rows;
  }

  private static String formatted(Connection connection, String sql) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      long count = rs.getLong(1);
      assertThat(count).as(sql).isPositive();
      return String.format(java.util.Locale.ROOT, "%,d", count);
    }
  }

  private static void assertRelationRows(Path out, Map<String, String> expected) throws Exception {
    List<String> lines = Files.readAllLines(out.resolve("MIGRATION_STRATEGY.md"));
    expected.forEach(
        (row, rows) ->
            assertThat(lines)
                .as("the Relations table counts " + row)
                .anyMatch(l -> l.startsWith(row) && l.contains("| " + rows + " |")));
    assertThat(String.join("\n", lines)).doesNotContain("not counted");
  }

  /** The example's latest migration of the constituents app, read from its directory. */
  private static String latestMigration() throws Exception {
    try (Stream<Path> files = Files.list(EXAMPLE.resolve("src/apps/constituents/migrations"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("\\d{4}_\\w*\\.py"))
          .map(n -> n.substring(0, n.length() - 3))
          .max(String::compareTo)
          .orElseThrow();
    }
  }

  private static Map<String, Long> recordedCounts(String script) {
    String block = script.substring(script.indexOf("<<'COUNTS'\n") + 11);
    block = block.substring(0, block.indexOf("\nCOUNTS\n"));
    Map<String, Long> recorded = new LinkedHashMap<>();
    for (String line : block.split("\n")) {
      String[] parts = line.split("\t");
      recorded.put(parts[0], Long.parseLong(parts[1]));
    }
    return recorded;
  }

  private static List<String> sqliteReferencingTables(Connection connection) throws Exception {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT DISTINCT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f"
                    + " WHERE m.type = 'table' AND f.\"table\" = '"
                    + TABLE
                    + "' ORDER BY 1")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  private static Map<String, Long> counts(Connection connection, List<String> tables)
      throws Exception {
    Map<String, Long> counts = new TreeMap<>();
    List<String> all = new ArrayList<>(tables);
    all.add(TABLE);
    for (String table : all) {
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
        rs.next();
        counts.put(table, rs.getLong(1));
      }
    }
    return counts;
  }

  private static void assertSameFiles(Path first, Path second) throws Exception {
    try (Stream<Path> files = Files.list(first)) {
      for (Path file : files.sorted().toList()) {
        assertThat(Files.readAllBytes(second.resolve(file.getFileName().toString())))
            .as(file.getFileName().toString() + " is byte-identical in a second run")
            .isEqualTo(Files.readAllBytes(file));
      }
    }
  }

  private static void run(Path directory, String... command) throws Exception {
    Process process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
  }
}
