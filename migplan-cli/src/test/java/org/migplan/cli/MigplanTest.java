package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.junit.jupiter.api.Test;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

class MigplanTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final CommandContext context =
      new CommandContext(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8),
          Map.of(),
          Path.of("/tmp"));

  /** A command that echoes its option or fails as told. */
  private static final Command ECHO =
      new Command() {
        @Override
        public String name() {
          return "echo";
        }

        @Override
        public String summary() {
          return "prints --text";
        }

        @Override
        public String usage() {
          return "--text T";
        }

        @Override
        public Options options() {
          return new Options()
              .addOption(
                  Option.builder().longOpt("text").hasArg().argName("T").desc("the text").build())
              .addOption(Option.builder().longOpt("fail").desc("fail").build());
        }

        @Override
        public int run(CommandLine line, CommandContext context) {
          if (line.hasOption("fail")) {
            throw new MigplanException(
                ErrorCode.CANNOT_CONNECT, "cannot connect to postgres://u:hunter2@h/db; check it");
          }
          context.out().println(line.getOptionValue("text"));
          return 0;
        }
      };

  private final Migplan migplan = new Migplan(List.of(ECHO));

  private int run(String... args) {
    return migplan.run(args, context);
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("usage: migplan <command> [options]")
        .contains("  echo  prints --text");
  }

  @Test
  void noArgumentsPrintsTheOverviewAndIsAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Commands:");
  }

  @Test
  void unknownCommandOrOptionIsOneLineAndExitTwo() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(run("--frob")).isEqualTo(2);
    assertThat(run("echo", "--nope")).isEqualTo(2);
    assertThat(run("echo", "stray")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "migplan: unknown command 'frobnicate'; run 'migplan --help' for the commands",
            "migplan: unknown option '--frob'; run 'migplan --help' for the commands",
            "migplan: unknown option '--nope' for 'echo'; run 'migplan echo --help' for its options",
            "migplan: unexpected argument 'stray'; run 'migplan echo --help' for its options");
  }

  @Test
  void commandHelpShowsUsageAndOptions() {
    assertThat(run("echo", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("usage: migplan echo --text T")
        .contains("--text <T>")
        .contains("--debug");
  }

  @Test
  void helpWinsOverMissingRequiredOptions() {
    Command strict =
        new Command() {
          @Override
          public String name() {
            return "strict";
          }

          @Override
          public String summary() {
            return "needs --out";
          }

          @Override
          public String usage() {
            return "--out DIR";
          }

          @Override
          public Options options() {
            return new Options()
                .addOption(Option.builder().longOpt("out").hasArg().required().build());
          }

          @Override
          public int run(CommandLine line, CommandContext context) {
            return 0;
          }
        };
    assertThat(new Migplan(List.of(strict)).run(new String[] {"strict", "--help"}, context))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: migplan strict --out DIR");
    assertThat(new Migplan(List.of(strict)).run(new String[] {"strict"}, context)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "migplan: missing required option --out; run 'migplan strict --help' for its options\n");
  }

  @Test
  void runsTheCommand() {
    assertThat(run("echo", "--text", "salaam")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("salaam\n");
  }

  @Test
  void failuresMapToTheirExitCodeWithoutPasswordOrStackTrace() {
    assertThat(run("echo", "--fail")).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("migplan: cannot connect to postgres://u:***@h/db; check it\n");
  }

  @Test
  void versionComesFromTheBuild() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).matches("migplan \\d+\\.\\d+\\.\\d+.*\n");
  }
}
