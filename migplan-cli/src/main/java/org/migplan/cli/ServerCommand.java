package org.migplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.migplan.cli.server.ScanServer;
import org.migplan.cli.server.ServerClient;
import org.migplan.cli.server.ServerDirectory;
import org.migplan.cli.server.ServerProtocol;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

/**
 * {@code migplan server}: starts, stops or shows the resident scan server ({@link ScanServer}),
 * through which the {@code migplan} wrapper runs {@code map --no-db} while it runs.
 */
public final class ServerCommand implements Command {
  static final int DEFAULT_IDLE_MINUTES = 30;

  /** The bundled example's model the server maps to warm up, when the example is there. */
  static final String WARM_UP_MODEL = "constituents.BMParliamentMember";

  private static final Duration START_DEADLINE = Duration.ofSeconds(30);
  private static final Duration STOP_DEADLINE = Duration.ofSeconds(10);

  @Override
  public String name() {
    return "server";
  }

  @Override
  public String summary() {
    return "start, stop or show the scan server: a resident JVM for 'map --no-db'";
  }

  @Override
  public String usage() {
    return "--start [--idle-minutes N] | --stop | --status";
  }

  @Override
  public Options options() {
    return new Options()
        .addOption(
            Option.builder()
                .longOpt("start")
                .desc(
                    "start the server (in the background), or keep the one that runs this jar;"
                        + " the migplan wrapper then runs 'map --no-db' through it")
                .build())
        .addOption(
            Option.builder()
                .longOpt("idle-minutes")
                .hasArg()
                .argName("N")
                .desc("with --start: exit after N idle minutes (default 30, at most 1440)")
                .build())
        .addOption(Option.builder().longOpt("stop").desc("stop the server").build())
        .addOption(
            Option.builder()
                .longOpt("status")
                .desc("show the server's pid, jar and requests served; exit 1 if none runs")
                .build());
  }

  @Override
  public int run(CommandLine line, CommandContext context) throws IOException {
    long actions = List.of("start", "stop", "status").stream().filter(line::hasOption).count();
    if (actions != 1) {
      return ExitCodes.usage(
          context, "give one of --start, --stop and --status; run 'migplan server --help'");
    }
    if (line.hasOption("idle-minutes") && !line.hasOption("start")) {
      return ExitCodes.usage(context, "--idle-minutes goes with --start");
    }
    ServerDirectory directory = ServerDirectory.of(context.environment());
    if (line.hasOption("status")) {
      return status(directory, context);
    }
    if (line.hasOption("stop")) {
      return stop(directory, context);
    }
    return start(
        directory,
        IntegerOption.value(line, "idle-minutes", DEFAULT_IDLE_MINUTES, 1, 1440, "a number"),
        context);
  }

  private static int status(ServerDirectory directory, CommandContext context) throws IOException {
    Optional<String> answer = ServerClient.status(directory.socket());
    if (answer.isEmpty()) {
      context.out().println("no scan server is running (" + directory.socket() + ")");
      return ExitCodes.BLOCKED;
    }
    context.out().println("a scan server is running");
    context.out().print(answer.get());
    return ExitCodes.OK;
  }

  private static int stop(ServerDirectory directory, CommandContext context) throws IOException {
    if (!stopServer(directory)) {
      context.out().println("no scan server was running (" + directory.socket() + ")");
      return ExitCodes.OK;
    }
    context.out().println("scan server stopped");
    return ExitCodes.OK;
  }

  /** Asks a running server to stop and waits for it to go; false when none was running. */
  private static boolean stopServer(ServerDirectory directory) throws IOException {
    if (ServerClient.call(directory.socket(), List.of(ServerProtocol.STOP)).isEmpty()) {
      return false;
    }
    long deadline = System.nanoTime() + STOP_DEADLINE.toNanos();
    while (Files.exists(directory.socket())) {
      if (System.nanoTime() > deadline) {
        throw new MigplanException(
            ErrorCode.FILE_ERROR,
            "the scan server did not stop within "
                + STOP_DEADLINE.toSeconds()
                + " s; see "
                + directory.log());
      }
      pause();
    }
    return true;
  }

  private static int start(ServerDirectory directory, int idleMinutes, CommandContext context)
      throws IOException {
    String warmUps = warmUps(context); // checked before anything is stopped or started
    directory.makePrivate();
    Optional<Path> jar = runningJar();
    Optional<String> running = ServerClient.status(directory.socket());
    if (running.isPresent()) {
      String text = running.get();
      if (jar.isPresent()
          && text.contains("\njar " + jar.get().toRealPath() + "\n")
          && text.contains("\njar-stamp " + ScanServer.stamp(jar) + "\n")) {
        context.out().println("a scan server already runs this jar (" + directory.socket() + ")");
        return ExitCodes.OK;
      }
      stopServer(directory); // it runs another jar, or an older build of this one
    }
    List<String> command = new ArrayList<>();
    for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
      if (Files.isExecutable(Path.of(setsid))) {
        command.add(setsid); // its own session: closing the terminal does not hang it up
        break;
      }
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-XX:+UseSerialGC",
            "-XX:PretenureSizeThreshold=1m",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30"));
    String extra = context.environment().getOrDefault("MIGPLAN_SERVER_JAVA_OPTS", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            ScanServer.class.getName(),
            directory.path().toString(),
            String.valueOf(idleMinutes)));
    command.add(jar.map(Path::toString).orElse("-"));
    DemoCommand.bundledExample()
        .ifPresent(example -> command.addAll(List.of(example.toString(), WARM_UP_MODEL, warmUps)));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(context.environment());
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.redirectOutput(directory.log().toFile());
    builder.redirectErrorStream(true);
    Process process = builder.start();
    long deadline = System.nanoTime() + START_DEADLINE.toNanos();
    while (ServerClient.status(directory.socket()).isEmpty()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroy();
        throw new MigplanException(
            ErrorCode.FILE_ERROR, "the scan server did not start: " + lastLine(directory.log()));
      }
      pause();
    }
    context
        .out()
        .println(
            "scan server started (pid "
                + process.pid()
                + ", "
                + directory.socket()
                + "): the migplan wrapper runs 'map --no-db' through it until it has been idle"
                + " for "
                + idleMinutes
                + " min; 'migplan server --stop' stops it");
    return ExitCodes.OK;
  }

  /** {@code MIGPLAN_SERVER_WARM_UPS}: how many warm-up maps, 0 to 10000 (default 100). */
  private static String warmUps(CommandContext context) {
    String value = context.environment().getOrDefault("MIGPLAN_SERVER_WARM_UPS", "100").strip();
    return String.valueOf(
        IntegerOption.parse(
            "MIGPLAN_SERVER_WARM_UPS", value, 0, 10_000, "a number", "; unset it for 100"));
  }

  /** The jar this JVM runs from, when it runs from exactly one. */
  static Optional<Path> runningJar() {
    String classpath = System.getProperty("java.class.path", "");
    if (classpath.contains(java.io.File.pathSeparator) || !classpath.endsWith(".jar")) {
      return Optional.empty();
    }
    Path jar = Path.of(classpath).toAbsolutePath();
    return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
  }

  private static String lastLine(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return lines.isEmpty()
          ? "it printed nothing (" + log + ")"
          : lines.get(lines.size() - 1) + " (" + log + ")";
    } catch (IOException e) {
      return "its log " + log + " cannot be read";
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigplanException(ErrorCode.FILE_ERROR, "interrupted while waiting for the server");
    }
  }
}
