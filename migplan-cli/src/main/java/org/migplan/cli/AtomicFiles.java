package org.migplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes files so that a reader sees the old file or the whole new one, never half of it. */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static void write(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8), false);
  }

  public static void writeExecutable(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8), true);
  }

  public static void write(Path target, byte[] content, boolean executable) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
    try {
      Files.write(temporary, content);
      // a temporary file is private (0600); the result gets the usual 0644, or 0755 for scripts
      Files.setPosixFilePermissions(
          temporary, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
