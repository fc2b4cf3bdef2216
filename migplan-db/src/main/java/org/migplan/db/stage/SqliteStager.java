package org.migplan.db.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.core.backup.TableSnapshot;
import org.migplan.core.stage.StagingCopy;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Dialects;
import org.migplan.db.backup.SqliteBackupTool;
import org.migplan.db.checksum.TableChecksums;

/**
 * SQLite: the online backup into a temporary file beside the target, renamed into place, with a
 * marker file {@code <target>.migplan-staging} saying migplan made it.
 */
public final class SqliteStager implements Stager {

  @Override
  public StagingCopy stage(DatabaseUrl source, DatabaseUrl target, boolean replace)
      throws IOException {
    Path file = target.sqlitePath().toAbsolutePath();
    if (file.equals(source.sqlitePath().toAbsolutePath())) {
      throw new MigplanException(
          ErrorCode.REFUSED, "--to names the source database " + file + "; choose another file");
    }
    StagingTargets.clearSqlite(file, replace);
    Files.createDirectories(file.getParent());
    Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
    try {
      SqliteBackupTool.onlineBackup(source, partial);
      List<TableSnapshot> tables =
          Dialects.forUrl(source)
              .openReadOnly(source, Duration.ofHours(6))
              .withHandle(TableChecksums.forUrl(source)::snapshot);
      Files.writeString(
          StagingTargets.marker(file),
          "migplan staging copy of " + source.sqlitePath() + " made " + Instant.now() + "\n");
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      return Stager.verify(source, tables, DatabaseUrl.sqliteFile(file), "sqlite-online-backup");
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
