package org.migplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @Test
  void writesTheWholeFileWithUsualPermissionsAndLeavesNoTemporaryFile(@TempDir Path directory)
      throws Exception {
    Path report = directory.resolve("nested/report.txt");
    AtomicFiles.write(report, "first");
    AtomicFiles.write(report, "second");
    Path script = directory.resolve("rollback.sh");
    AtomicFiles.writeExecutable(script, "#!/usr/bin/env bash\n");

    assertThat(report).hasContent("second");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-r--r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
        .isEqualTo("rwxr-xr-x");
    try (var files = Files.list(report.getParent())) {
      assertThat(files).containsExactly(report);
    }
  }
}
