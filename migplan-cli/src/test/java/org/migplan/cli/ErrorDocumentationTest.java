package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migplan.core.ErrorCode;

/** Every error code is documented in docs/errors.md with its exit code. */
class ErrorDocumentationTest {
  private static final Path DOCUMENT = Path.of("..", "docs", "errors.md");

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void errorCodeHasARowWithItsExitCode(ErrorCode code) throws IOException {
    String text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    assertThat(text).contains("| `" + code.name() + "` | " + code.exitCode() + " |");
  }
}
