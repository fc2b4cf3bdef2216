package org.migplan.db.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

/** Picks the backup to verify in a folder: the newest entry, whatever its name. */
public final class BackupCandidates {
  private BackupCandidates() {}

  /**
   * The newest file or directory in {@code directory}, ignoring hidden entries and manifests. Its
   * format is judged afterwards, so a broken newest backup is reported, never skipped.
   */
  public static Path newest(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new MigplanException(
          ErrorCode.FILE_ERROR, "--backups " + directory + " is not a directory");
    }
    Optional<Path> newest;
    try (Stream<Path> entries = Files.list(directory)) {
      newest =
          entries
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .filter(p -> !p.getFileName().toString().endsWith(".manifest.json"))
              .max(Comparator.comparing(BackupCandidates::modified).thenComparing(Path::toString));
    }
    return newest.orElseThrow(
        () ->
            new MigplanException(
                ErrorCode.BACKUP_NOT_VERIFIED,
                "--backups " + directory + " holds no backup; take one with migplan backup"));
  }

  private static FileTime modified(Path path) {
    try {
      Path stamp = Files.isDirectory(path) ? path.resolve("toc.dat") : path;
      return Files.getLastModifiedTime(Files.exists(stamp) ? stamp : path);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
