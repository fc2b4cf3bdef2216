package org.migplan.db.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migplan.db.DatabaseUrl;

class ToolRunnerTest {
  private final ToolRunner tools =
      new ToolRunner(DatabaseUrl.parse("postgresql://u:secret@127.0.0.1:1/db"));

  /** Any way out of the watch (here an Error in the callback) ends the tool: it never runs on. */
  @Test
  void aWatchThatEndsAbnormallyLeavesNoToolRunning() {
    List<String> command = List.of("sh", "-c", "echo started >&2; exec sleep 30");
    assertThatThrownBy(
            () ->
                tools.runWatching(
                    command,
                    "db",
                    line -> {
                      throw new AssertionError("callback failed on " + line);
                    }))
        .isInstanceOf(AssertionError.class);
    assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList())
        .isEmpty();
  }

  /**
   * A callback that fails ends the tool's own children too (pg_restore's parallel workers are
   * forked processes that would go on loading tables).
   */
  @Test
  void aFailingCallbackEndsTheToolsChildrenToo() throws Exception {
    List<String> command = List.of("sh", "-c", "sleep 30 & echo $! >&2; wait");
    long[] child = {0};
    assertThatThrownBy(
            () ->
                tools.runWatching(
                    command,
                    "db",
                    line -> {
                      child[0] = Long.parseLong(line.strip());
                      throw new IllegalStateException("callback failed");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(child[0]).isPositive();
    ProcessHandle worker = ProcessHandle.of(child[0]).orElse(null);
    if (worker != null) {
      worker.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  @Test
  void aFailedToolIsNamedByItsFirstErrorLine() {
    List<String> command =
        List.of(
            "sh", "-c", "echo 'sh: processing item 1' >&2; echo 'sh: error: broken' >&2; exit 3");
    assertThatThrownBy(() -> tools.runWatching(command, "db", line -> {}))
        .isInstanceOf(ToolFailedException.class)
        .hasMessage("sh failed (exit 3): sh: error: broken");
  }
}
