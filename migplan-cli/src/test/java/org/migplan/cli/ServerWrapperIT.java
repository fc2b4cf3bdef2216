package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan server as users meet it: started by {@code migplan server --start}, reached by the
 * {@code migplan} wrapper's Perl client, and left behind by the wrapper whenever it cannot answer.
 */
class ServerWrapperIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path WRAPPER = ROOT.resolve("migplan");
  private static final String MODEL = "constituents.BMParliamentMember";

  @TempDir Path temp;

  private record Run(int code, String out, String err) {}

  private Run wrapper(Path cwd, Map<String, String> extra, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(WRAPPER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
    builder.environment().put("MIGPLAN_SERVER_DIR", temp.resolve("server").toString());
    builder.environment().putAll(extra);
    Path out = temp.resolve("out");
    Path err = temp.resolve("err");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s ends", command).isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Run wrapper(Path cwd, String... args) throws Exception {
    return wrapper(cwd, Map.of(), args);
  }

  private Run oneShot(Path cwd, String... args) throws Exception {
    return wrapper(cwd, Map.of("MIGPLAN_SERVER", "off"), args);
  }

  private int served() throws Exception {
    Run status = wrapper(ROOT, "server", "--status");
    assertThat(status.code()).as(status.out()).isZero();
    String line =
        status.out().lines().filter(l -> l.startsWith("served ")).findFirst().orElseThrow();
    return Integer.parseInt(line.substring("served ".length()));
  }

  private long pid() throws Exception {
    String line =
        wrapper(ROOT, "server", "--status")
            .out()
            .lines()
            .filter(l -> l.startsWith("pid "))
            .findFirst()
            .orElseThrow();
    return Long.parseLong(line.substring("pid ".length()));
  }

  @AfterEach
  void stopTheServer() throws Exception {
    wrapper(ROOT, "server", "--stop");
  }

  @Test
  void mapsRunThroughTheServerAndPrintWhatAOneShotRunPrints() throws Exception {
    Run started = wrapper(ROOT, "server", "--start", "--idle-minutes", "5");
    assertThat(started.code()).as(started.err()).isZero();
    assertThat(started.out()).startsWith("scan server started (pid ");
    assertThat(wrapper(ROOT, "server", "--start").out()).startsWith("a scan server already runs");
    assertThat(served()).isZero();

    Path example = ROOT.resolve("example/madaris");
    String[][] commands = {
      {"map", "--no-db", "--project", ".", "--model", MODEL, "--format", "json"},
      {"map", "--no-db", "--project", ".", "--model", MODEL},
      {"map", "--no-db", "--project", ".", "--model", "constituents.Nobody"},
    };
    int expected = 0;
    for (String[] command : commands) {
      Run served = wrapper(example, command);
      Run alone = oneShot(example, command);
      assertThat(served).isEqualTo(alone);
      assertThat(served()).as("the server ran %s", List.of(command)).isEqualTo(++expected);
    }
    assertThat(wrapper(example, commands[0]).out()).contains("\"relations\"");
    assertThat(wrapper(example, commands[2]).code()).isEqualTo(3);
    expected += 2;
    // relative paths are the client's
    Run relative =
        wrapper(
            ROOT.resolve("example"), "map", "--no-db", "--project", "madaris", "--model", MODEL);
    assertThat(relative).isEqualTo(oneShot(example, commands[1]));
    assertThat(served()).isEqualTo(++expected);
    // what the server does not run runs here, as before
    Run help = wrapper(example, "map", "--no-db", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).startsWith("usage: migplan map");
    assertThat(served()).isEqualTo(++expected);
    wrapper(example, "map", "--no-db", "--debug", "--project", ".", "--model", MODEL);
    assertThat(served()).as("--debug is refused").isEqualTo(expected);
  }

  @Test
  void aKilledServerOrAStoppedOneLeavesTheWrapperWorking() throws Exception {
    assertThat(wrapper(ROOT, "server", "--stop").out()).startsWith("no scan server was running");
    assertThat(wrapper(ROOT, "server", "--status").code()).isEqualTo(1);
    assertThat(wrapper(ROOT, "server", "--start").code()).isZero();
    ProcessHandle server = ProcessHandle.of(pid()).orElseThrow();
    server.destroyForcibly();
    server.onExit().get(30, TimeUnit.SECONDS);
    Path socket = temp.resolve("server/server.sock");
    assertThat(socket).as("a killed server leaves its socket").exists();
    Path example = ROOT.resolve("example/madaris");
    String[] map = {"map", "--no-db", "--project", ".", "--model", MODEL};
    Run fallback = wrapper(example, map);
    assertThat(fallback).isEqualTo(oneShot(example, map));
    assertThat(fallback.code()).isZero();
    // a new server takes the dead one's place, and stops on request
    assertThat(wrapper(ROOT, "server", "--start").code()).isZero();
    assertThat(wrapper(example, map)).isEqualTo(fallback);
    assertThat(served()).isEqualTo(1);
    assertThat(wrapper(ROOT, "server", "--stop").out()).isEqualTo("scan server stopped\n");
    assertThat(socket).doesNotExist();
  }

  @Test
  void usageErrors() throws Exception {
    Run none = wrapper(ROOT, "server");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err())
        .isEqualTo(
            "migplan: give one of --start, --stop and --status; run 'migplan server --help'\n");
    Run idle = wrapper(ROOT, "server", "--start", "--idle-minutes", "0");
    assertThat(idle.code()).isEqualTo(2);
    assertThat(idle.err()).contains("--idle-minutes '0' is not a number from 1 to 1440");
    assertThat(wrapper(ROOT, "server", "--stop", "--idle-minutes", "3").err())
        .contains("--idle-minutes goes with --start");
    Run warmUps = wrapper(ROOT, Map.of("MIGPLAN_SERVER_WARM_UPS", "many"), "server", "--start");
    assertThat(warmUps.code()).isEqualTo(2);
    assertThat(warmUps.err())
        .isEqualTo(
            "migplan: MIGPLAN_SERVER_WARM_UPS 'many' is not a number from 0 to 10000; unset it for"
                + " 100\n");
    assertThat(temp.resolve("server/server.sock")).as("nothing started").doesNotExist();
  }
}
