package org.migplan.db.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

/**
 * A local ledger closing the window between {@code CREATE DATABASE} and {@code COMMENT ON
 * DATABASE}: PostgreSQL cannot create a database and mark it in one statement (a template's comment
 * is not copied), so migplan writes {@code pid, server, name} here before it creates a database and
 * removes the line once the mark is on it. A process killed in between leaves its line; a later run
 * on the same host whose process is gone finds the database still unmarked and drops it — the name
 * is migplan's own unique one and the ledger proves migplan created it.
 *
 * <p>The ledger lives in {@code $MIGPLAN_STATE_DIR}, else {@code $XDG_STATE_HOME/migplan}, else
 * {@code ~/.local/state/migplan} (system property {@code migplan.state.dir} overrides all), and is
 * locked while read or written, so concurrent migplan processes share it safely.
 */
final class PendingDatabases {
  private final Path file;

  PendingDatabases(Path directory) {
    this.file = directory.resolve("pending-databases");
  }

  static PendingDatabases standard() {
    String property = System.getProperty("migplan.state.dir");
    if (property != null && !property.isBlank()) {
      return new PendingDatabases(Path.of(property));
    }
    String env = System.getenv("MIGPLAN_STATE_DIR");
    if (env != null && !env.isBlank()) {
      return new PendingDatabases(Path.of(env));
    }
    String xdg = System.getenv("XDG_STATE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "state");
    return new PendingDatabases(base.resolve("migplan"));
  }

  /** One pending creation. */
  record Entry(long pid, String server, String name) {
    String line() {
      return pid + "\t" + server + "\t" + name;
    }

    static Entry parse(String line) {
      String[] parts = line.split("\t", 3);
      if (parts.length != 3 || !parts[0].matches("\\d{1,19}")) {
        return null;
      }
      return new Entry(Long.parseLong(parts[0]), parts[1], parts[2]);
    }

    boolean abandoned() {
      return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }
  }

  /** Records that this process is about to create {@code name} on {@code server}. */
  void add(String server, String name) {
    update(
        entries -> {
          entries.add(new Entry(ProcessHandle.current().pid(), server, name));
          return List.of();
        });
  }

  /** The database is marked (or was never created): its line goes. */
  void remove(String server, String name) {
    update(
        entries -> {
          entries.removeIf(
              e ->
                  e.server().equals(server)
                      && e.name().equals(name)
                      && e.pid() == ProcessHandle.current().pid());
          return List.of();
        });
  }

  /**
   * The databases on {@code server} whose creator died inside the window, each handed to {@code
   * clean} (which drops the database if it is still unmarked) and its line removed. When {@code
   * clean} throws, the sweep stops and the ledger keeps every line, for a later sweep to try again.
   */
  List<String> sweep(String server, java.util.function.Consumer<String> clean) {
    return update(
        entries -> {
          List<String> swept = new ArrayList<>();
          entries.removeIf(
              e -> {
                if (!e.server().equals(server) || !e.abandoned()) {
                  return false;
                }
                clean.accept(e.name());
                swept.add(e.name());
                return true;
              });
          return swept;
        });
  }

  private static final Object JVM_LOCK = new Object(); // file locks are per process

  private List<String> update(java.util.function.Function<List<Entry>, List<String>> change) {
    synchronized (JVM_LOCK) {
      return updateLocked(change);
    }
  }

  private List<String> updateLocked(java.util.function.Function<List<Entry>, List<String>> change) {
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel =
              FileChannel.open(
                  file,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.READ,
                  StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        // read through the locked channel: closing another descriptor would drop the lock
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) channel.size());
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
          // reads the whole file
        }
        List<Entry> entries = new ArrayList<>();
        String content = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        for (String line : content.split("\n")) {
          Entry entry = Entry.parse(line);
          if (entry != null) {
            entries.add(entry);
          }
        }
        List<String> result = change.apply(entries);
        StringBuilder text = new StringBuilder();
        entries.forEach(e -> text.append(e.line()).append('\n'));
        channel.truncate(0);
        channel.write(
            java.nio.ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
        return result;
      }
    } catch (IOException e) {
      throw new MigplanException(
          ErrorCode.FILE_ERROR,
          "cannot update migplan's ledger of databases being created, "
              + file
              + ": "
              + e.getMessage()
              + "; set MIGPLAN_STATE_DIR to a writable directory",
          e);
    }
  }
}
