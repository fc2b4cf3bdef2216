package org.migplan.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.jdbi.v3.core.Handle;
import org.migplan.cli.demo.DemoDataGenerator;
import org.migplan.cli.demo.DemoDataSummary;
import org.migplan.cli.demo.SqlScript;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.sqlite.SqliteDialect;

/**
 * {@code migplan demo}: builds the bundled example's SQLite database with generated students, then
 * runs the planning commands on it and says where their outputs are.
 */
public final class DemoCommand implements Command {
  static final String DATABASE_FILE = "madaris.sqlite3";
  static final String MARKER_FILE = ".migplan-demo";
  private static final String[] NONE = {};
  private static final String TABLE = "constituents_bmparliamentmember";
  private static final String SCHEMA_RESOURCE = "madaris-sqlite.sql";
  private static final int DEFAULT_ROWS = 20_000;

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "run migplan on the bundled madaris example (SQLite, no server needed)";
  }

  @Override
  public String usage() {
    return "[--rows N] [--out DIR] [--project DIR]";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(
            Option.builder()
                .longOpt("rows")
                .hasArg()
                .argName("N")
                .desc("how many students to generate (default 20000)")
                .build())
        .addOption(
            Option.builder()
                .longOpt("out")
                .hasArg()
                .argName("DIR")
                .desc("where the database and the outputs go (default ./migplan-demo)")
                .build())
        .addOption(
            Option.builder()
                .longOpt("project")
                .hasArg()
                .argName("DIR")
                .desc("the example project (default example/madaris of this checkout)")
                .build());
  }

  @Override
  public int run(CommandLine line, CommandContext context) throws Exception {
    int rows =
        IntegerOption.value(line, "rows", DEFAULT_ROWS, 0, 10_000_000, "a number of students");
    Path out = context.resolve(line.getOptionValue("out", "migplan-demo"));
    Path project = project(line, context);
    Path database = createDatabase(out, rows, context);
    context.out().println("Example project: " + context.shown(project));
    String db = "sqlite:///" + database.toAbsolutePath();
    String model = "constituents.BMParliamentMember";
    String[] subject = {"--project", project.toString(), "--model", model, "--db", db};
    Path backups = out.resolve("backups");
    Path staging = out.resolve("staging.sqlite3");
    List<DemoStep> steps =
        List.of(
            DemoStep.of("audit.txt", "audit", subject),
            DemoStep.of("audit.json", "audit", subject, "--format", "json"),
            DemoStep.of("map.txt", "map", subject),
            DemoStep.of("map.json", "map", subject, "--format", "json"),
            DemoStep.of("backup.txt", "backup", NONE, "--db", db, "--out", backups.toString()),
            DemoStep.of(
                "verify-backup.txt",
                "verify-backup",
                NONE,
                "--db",
                db,
                "--backups",
                backups.toString(),
                "--table",
                TABLE),
            DemoStep.of(
                "stage.txt",
                "stage",
                subject,
                "--to",
                staging.toString(),
                "--replace",
                "--fixture",
                out.resolve("fixture.json").toString()));
    int worst = ExitCodes.OK;
    for (DemoStep step : steps) {
      worst = Math.max(worst, step.run(out, context));
    }
    DemoStep plan =
        DemoStep.of(
            "plan.txt",
            "plan",
            subject,
            "--to",
            "Student",
            "--backups",
            backups.toString(),
            "--staging",
            "sqlite:///" + staging.toAbsolutePath(),
            "--out",
            out.resolve("plan").toString());
    int planExit = plan.run(out, context);
    context.out().println();
    context.out().print(Files.readString(out.resolve(plan.output()), StandardCharsets.UTF_8));
    // exit 1 from plan means "written, with findings to review": the demo itself succeeded
    return Math.max(worst, planExit == ExitCodes.BLOCKED ? ExitCodes.OK : planExit);
  }

  /** One planning command the demo runs, with its standard output kept in a file. */
  record DemoStep(String output, String... arguments) {
    /** A step whose arguments are the command, shared arguments, then its own. */
    static DemoStep of(String output, String command, String[] shared, String... own) {
      List<String> all = new java.util.ArrayList<>();
      all.add(command);
      all.addAll(List.of(shared));
      all.addAll(List.of(own));
      return new DemoStep(output, all.toArray(String[]::new));
    }

    int run(Path out, CommandContext context) throws IOException {
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      CommandContext quiet =
          new CommandContext(
              new PrintStream(captured, true, StandardCharsets.UTF_8),
              context.err(),
              context.environment(),
              context.workingDirectory());
      int exit = new Migplan(Commands.all()).run(arguments, quiet);
      Path file = out.resolve(output);
      AtomicFiles.write(file, captured.toByteArray(), false);
      context
          .out()
          .printf(
              "  migplan %-14s -> %s%s%n",
              arguments[0],
              context.shown(file),
              exit == ExitCodes.OK ? "" : " (exit " + exit + ")");
      return exit;
    }
  }

  /** The example project: --project, else example/madaris here or beside the jar's checkout. */
  static Path project(CommandLine line, CommandContext context) {
    if (line.hasOption("project")) {
      Path given = context.resolve(line.getOptionValue("project"));
      if (!Files.isRegularFile(given.resolve("manage.py"))) {
        throw new MigplanException(
            ErrorCode.PROJECT_NOT_FOUND,
            "--project " + given + " has no manage.py; point it at the example's directory");
      }
      return given;
    }
    return Optional.of(context.workingDirectory().resolve("example/madaris"))
        .filter(p -> Files.isRegularFile(p.resolve("manage.py")))
        .or(DemoCommand::bundledExample)
        .orElseThrow(
            () ->
                new MigplanException(
                    ErrorCode.PROJECT_NOT_FOUND,
                    "the bundled example (example/madaris) is not here; run the demo from the"
                        + " migplan checkout or pass --project DIR"));
  }

  /** The example beside the jar's checkout, if it is there. */
  static Optional<Path> bundledExample() {
    try {
      Path jar =
          Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // <checkout>/migplan-cli/target/migplan.jar or <checkout>/migplan-cli/target/classes
      Path checkout = jar.getParent().getParent().getParent();
      Path example = checkout.resolve("example/madaris");
      return Files.isRegularFile(example.resolve("manage.py"))
          ? Optional.of(example)
          : Optional.empty();
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  /**
   * Builds the database in a temporary file beside the target and moves it into place, so an
   * interrupted demo never leaves half a database. An existing file is replaced only when an
   * earlier demo made it.
   */
  static Path createDatabase(Path out, int rows, CommandContext context)
      throws IOException, SQLException {
    Files.createDirectories(out);
    Path target = out.resolve(DATABASE_FILE);
    Path marker = out.resolve(MARKER_FILE);
    if (Files.exists(target) && !Files.exists(marker)) {
      throw new MigplanException(
          ErrorCode.REFUSED,
          target + " exists and was not made by migplan demo; choose another --out directory");
    }
    Path temporary = Files.createTempFile(out, "." + DATABASE_FILE + ".", ".tmp");
    try {
      DemoDataSummary summary = fill(temporary, rows);
      Files.writeString(marker, "made by migplan demo; the files here may be replaced\n");
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      context
          .out()
          .printf(
              "Created %s: %,d students and %,d related rows in %d tables.%n",
              context.shown(target),
              summary.students(),
              summary.totalRows() - summary.students(),
              summary.insertedRows().size());
      return target;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static DemoDataSummary fill(Path file, int rows) throws SQLException {
    DatabaseUrl url = DatabaseUrl.sqliteFile(file);
    try (Handle handle = new SqliteDialect().openReadWrite(url).open()) {
      Connection connection = handle.getConnection();
      try (Statement statement = connection.createStatement()) {
        for (SqlScript.Statement schema : SqlScript.fromResource(SCHEMA_RESOURCE).statements()) {
          statement.execute(schema.sql());
        }
      }
      return new DemoDataGenerator().generate(connection, rows);
    }
  }
}
