package org.migplan.db;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

/** Waiting for work run beside the current thread. */
public final class Futures {
  private Futures() {}

  /** The future's result; a runtime exception it failed with is rethrown as it was. */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  /**
   * The task's result; a runtime exception it failed with is rethrown as it was, anything else
   * becomes a {@link ErrorCode#DATABASE_ERROR} saying that {@code work} (e.g. "checksumming") was
   * interrupted or failed.
   */
  public static <T> T join(Future<T> future, String work) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigplanException(ErrorCode.DATABASE_ERROR, work + " was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new MigplanException(
          ErrorCode.DATABASE_ERROR, work + " failed: " + e.getCause(), e.getCause());
    }
  }
}
