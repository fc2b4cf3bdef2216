package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the CLI surface: {@code migplan --help} and every {@code migplan <command> --help}. Run with
 * {@code -Dmigplan.golden.update=true} to rewrite the expected files, then review the diff.
 */
class HelpGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "help");
  private static final boolean UPDATE = Boolean.getBoolean("migplan.golden.update");

  @TestFactory
  Stream<DynamicTest> helpTextsMatchTheirGoldenFiles() {
    List<DynamicTest> tests = new ArrayList<>();
    Migplan migplan = new Migplan(Commands.all());
    tests.add(
        DynamicTest.dynamicTest("migplan --help", () -> check("migplan.txt", migplan.overview())));
    for (Command command : Commands.all()) {
      tests.add(
          DynamicTest.dynamicTest(
              "migplan " + command.name() + " --help",
              () -> check(command.name() + ".txt", Migplan.help(command))));
    }
    return tests.stream();
  }

  private static void check(String file, String actual) throws IOException {
    Path expected = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(expected)
        .as("golden file %s is missing; run the test with -Dmigplan.golden.update=true", expected)
        .exists();
    assertThat(actual)
        .as("%s differs; run with -Dmigplan.golden.update=true and review the diff", expected)
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
