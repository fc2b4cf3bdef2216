package org.migplan.db.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a cleanup when the JVM stops (Ctrl-C, SIGTERM) unless it ran already. */
final class Cleanups {
  private static final Logger LOG = LoggerFactory.getLogger(Cleanups.class);

  private Cleanups() {}

  /** Registers {@code cleanup}; the returned handle runs it once (and unregisters the hook). */
  static Runnable onExit(String what, Runnable cleanup) {
    java.util.concurrent.atomic.AtomicBoolean done =
        new java.util.concurrent.atomic.AtomicBoolean();
    Runnable once =
        () -> {
          if (done.compareAndSet(false, true)) {
            cleanup.run();
          }
        };
    Thread hook =
        new Thread(
            () -> {
              LOG.warn("interrupted: cleaning up {}", what);
              once.run();
            },
            "migplan-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    return () -> {
      once.run();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run: nothing left to unregister
      }
    };
  }
}
