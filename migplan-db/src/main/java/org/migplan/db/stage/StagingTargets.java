package org.migplan.db.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.db.backup.PostgresDatabases;

/** Clearing the way for a staging copy: only ever removing an earlier copy migplan made. */
final class StagingTargets {
  static final String SQLITE_MARKER_SUFFIX = ".migplan-staging";

  private StagingTargets() {}

  static void clearPostgres(PostgresDatabases server, String name, boolean replace) {
    if (!server.exists(name)) {
      return;
    }
    if (!server.isMarked(name, PostgresDatabases.STAGING)) {
      throw notOurs(name);
    }
    if (!replace) {
      throw notReplacing(name);
    }
    server.dropMarked(name, PostgresDatabases.STAGING);
  }

  static void clearSqlite(Path file, boolean replace) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    if (!Files.isRegularFile(marker(file))) {
      throw notOurs(file.toString());
    }
    if (!replace) {
      throw notReplacing(file.toString());
    }
    Files.delete(file);
    Files.deleteIfExists(marker(file));
  }

  static Path marker(Path file) {
    return file.resolveSibling(file.getFileName() + SQLITE_MARKER_SUFFIX);
  }

  private static MigplanException notOurs(String name) {
    return new MigplanException(
        ErrorCode.REFUSED,
        "the staging target "
            + name
            + " exists and is not a staging copy migplan made; migplan will not overwrite it,"
            + " choose another --to");
  }

  private static MigplanException notReplacing(String name) {
    return new MigplanException(
        ErrorCode.REFUSED,
        "the staging target "
            + name
            + " is an earlier staging copy made by migplan; pass --replace to replace it");
  }
}
