package org.migplan.db.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;
import org.migplan.db.DatabaseUrl;
import org.migplan.db.Redaction;

/**
 * Runs the database's own tools (pg_dump, pg_restore, psql). Credentials travel in the child's
 * environment only; a failure becomes one line naming the tool and its first error line.
 */
public final class ToolRunner {
  private final DatabaseUrl url;

  /** Runs tools against the server of {@code url}, with its credentials in the environment. */
  public ToolRunner(DatabaseUrl url) {
    this.url = url;
  }

  /** libpq's environment for {@code database} on this server (password never on a command line). */
  private Map<String, String> environment(String database) {
    Map<String, String> env = new java.util.HashMap<>();
    env.put("PGHOST", url.host());
    env.put("PGPORT", Integer.toString(url.port()));
    env.put("PGDATABASE", database);
    env.put("PGAPPNAME", "migplan");
    env.put("PGCONNECT_TIMEOUT", "10");
    if (!url.user().isEmpty()) {
      env.put("PGUSER", url.user());
    }
    url.passwordIfAny().ifPresent(password -> env.put("PGPASSWORD", password));
    String sslMode = url.parameters().get("sslmode");
    if (sslMode != null) {
      env.put("PGSSLMODE", sslMode);
    }
    return env;
  }

  /** Runs a tool to completion; its output goes to {@code stdout} (or is discarded when null). */
  public String run(List<String> command, String database, Path stdout, InputStream stdin)
      throws IOException {
    ProcessBuilder builder = builder(command, database);
    Path stderr = Files.createTempFile("migplan-", ".stderr");
    try {
      builder.redirectError(stderr.toFile());
      builder.redirectOutput(
          stdout == null
              ? ProcessBuilder.Redirect.DISCARD
              : ProcessBuilder.Redirect.to(stdout.toFile()));
      if (stdin == null) {
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      }
      Process process = start(builder, command.get(0));
      if (stdin != null) {
        feed(process, stdin, command.get(0));
      }
      return finish(process, command.get(0), stderr);
    } finally {
      Files.deleteIfExists(stderr);
    }
  }

  /**
   * Runs a tool to completion, its output discarded, handing each line it prints on stderr to
   * {@code stderrLine} as it comes (progress such as pg_restore's {@code --verbose} lines). Lines
   * that may say what went wrong are kept for the error message.
   */
  public void runWatching(List<String> command, String database, Consumer<String> stderrLine)
      throws IOException {
    ProcessBuilder builder = builder(command, database);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process process = start(builder, command.get(0));
    StringBuilder kept = new StringBuilder();
    int keptLines = 0;
    boolean drained = false;
    try (java.io.BufferedReader lines =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (keptLines < KEPT_LINES && mayBeError(line, command.get(0))) {
          kept.append(line).append('\n');
          keptLines++;
        }
        stderrLine.accept(line);
      }
      drained = true;
    } finally {
      if (!drained) {
        end(process);
      }
    }
    verdict(process, command.get(0), kept.toString());
  }

  /**
   * Ends a tool whose run is abandoned, with the processes it started (pg_restore's parallel
   * workers are forked children that would go on loading tables), and waits a little for it.
   */
  private static void end(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The most stderr lines {@link #runWatching} keeps for an error message. */
  private static final int KEPT_LINES = 1000;

  /**
   * Whether a line of a tool's stderr may belong to an error: its progress lines ({@code
   * "pg_restore: processing item …"}) do not.
   */
  private static boolean mayBeError(String line, String tool) {
    if (!line.startsWith(tool + ": ")) {
      return true; // server messages (ERROR, DETAIL, Command was: …)
    }
    String message = line.substring(tool.length() + 2);
    return message.startsWith("error:")
        || message.startsWith("warning:")
        || message.startsWith("detail:")
        || message.startsWith("hint:")
        || message.contains("ERROR")
        || message.contains("FATAL");
  }

  /** Runs a tool and returns what it printed (small outputs such as --list or --version). */
  public String capture(List<String> command, String database) throws IOException {
    Path out = Files.createTempFile("migplan-", ".out");
    try {
      run(command, database, out, null);
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** Runs {@code first | second}, each against its own database, and waits for both. */
  public void pipe(
      List<String> first, String firstDatabase, List<String> second, String secondDatabase)
      throws IOException {
    Path firstErr = Files.createTempFile("migplan-", ".stderr");
    Path secondErr = Files.createTempFile("migplan-", ".stderr");
    try {
      ProcessBuilder a = builder(first, firstDatabase).redirectError(firstErr.toFile());
      ProcessBuilder b =
          builder(second, secondDatabase)
              .redirectError(secondErr.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      a.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      List<Process> processes;
      try {
        processes = ProcessBuilder.startPipeline(List.of(a, b));
      } catch (IOException e) {
        throw missing(first.get(0) + " or " + second.get(0), e);
      }
      finish(processes.get(0), first.get(0), firstErr);
      finish(processes.get(1), second.get(0), secondErr);
    } finally {
      Files.deleteIfExists(firstErr);
      Files.deleteIfExists(secondErr);
    }
  }

  private ProcessBuilder builder(List<String> command, String database) {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("PG"));
    env.putAll(environment(database));
    // the tools' messages in English: errors are recognised by "error:", and pg_restore's progress
    // lines are read (LC_ALL would override LC_MESSAGES; its character type is kept)
    String all = env.remove("LC_ALL");
    if (all != null) {
      env.putIfAbsent("LC_CTYPE", all);
    }
    env.remove("LANGUAGE");
    env.put("LC_MESSAGES", "C");
    return builder;
  }

  private static Process start(ProcessBuilder builder, String tool) {
    try {
      return builder.start();
    } catch (IOException e) {
      throw missing(tool, e);
    }
  }

  private static MigplanException missing(String tool, IOException e) {
    return new MigplanException(
        ErrorCode.TOOL_MISSING,
        tool
            + " could not be started ("
            + e.getMessage()
            + "); install the PostgreSQL client tools"
            + " (e.g. apt-get install postgresql-client) and put them on PATH",
        e);
  }

  private static void feed(Process process, InputStream in, String tool) throws IOException {
    try (OutputStream out = process.getOutputStream();
        in) {
      in.transferTo(out);
    } catch (IOException e) {
      if (exitedWithError(process)) {
        return; // the tool stopped reading because it failed: its own error is the better message
      }
      process.destroyForcibly();
      throw e;
    } catch (RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  private static boolean exitedWithError(Process process) {
    try {
      return process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS) && process.exitValue() != 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private String finish(Process process, String tool, Path stderr) throws IOException {
    waitFor(process, tool);
    return verdict(process, tool, Files.readString(stderr, StandardCharsets.UTF_8));
  }

  /** The tool's stderr when it exited with 0; else the failure, named by its first error line. */
  private String verdict(Process process, String tool, String errors) {
    int exit = waitFor(process, tool);
    if (exit != 0) {
      throw new ToolFailedException(tool, exit, Redaction.redact(firstError(errors), url));
    }
    return errors;
  }

  private static int waitFor(Process process, String tool) {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new MigplanException(ErrorCode.DATABASE_ERROR, tool + " was interrupted");
    }
  }

  /** The first line that says what went wrong (tools print context lines too). */
  static String firstError(String stderr) {
    List<String> lines = stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    for (String line : lines) {
      if (line.contains("error:") || line.startsWith("ERROR") || line.contains("FATAL")) {
        return line;
      }
    }
    return lines.isEmpty() ? "no error message" : lines.get(0);
  }
}
