package org.migplan.db.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.migplan.db.DatabaseUrl;

/** A scratch SQLite file in a temporary directory migplan made; deleted on close. */
final class SqliteScratchDatabase implements ScratchDatabase {
  private final Path file;
  private final Runnable delete;

  SqliteScratchDatabase(Path file, boolean keep) {
    this.file = file;
    this.delete = keep ? () -> {} : Cleanups.onExit("scratch file " + file, this::deleteNow);
  }

  @Override
  public String name() {
    return file.toString();
  }

  @Override
  public DatabaseUrl url() {
    return DatabaseUrl.sqliteFile(file);
  }

  @Override
  public void close() {
    delete.run();
  }

  private void deleteNow() {
    try {
      for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
      }
      Files.deleteIfExists(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the scratch file " + file, e);
    }
  }
}
