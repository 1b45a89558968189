package org.allybot.server.runtime;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * One start-up step run on a thread of its own while the start goes on with steps that do not need
 * it (say the content pack read while the embedded Redis starts), and joined where its result is
 * needed. A failure surfaces at the join as the very exception the step threw, so start-up fails
 * with the same message as when the step ran in line.
 */
final class BackgroundStep<T> {
  private final FutureTask<T> task;

  private BackgroundStep(FutureTask<T> task) {
    this.task = task;
  }

  /**
   * Starts {@code step} on a daemon thread named {@code name}: a failed start must not wait on it.
   */
  static <T> BackgroundStep<T> start(String name, Supplier<T> step) {
    FutureTask<T> task = new FutureTask<>(step::get);
    Thread.ofPlatform().name(name).daemon(true).start(task);
    return new BackgroundStep<>(task);
  }

  /** Waits for the step: its result, or the exception it threw, rethrown here. */
  T join() {
    try {
      return task.get();
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case RuntimeException failure -> throw failure;
        case Error failure -> throw failure;
        default -> throw new IllegalStateException(e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a start-up step", e);
    }
  }
}
