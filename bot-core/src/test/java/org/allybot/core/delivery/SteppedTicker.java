package org.allybot.core.delivery;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.allybot.core.ManualClock;

/**
 * Fake time that many threads share: a {@link Ticker} on a {@link ManualClock} whose sleepers wait
 * until the test moves the clock past their wake-up, where the clock's own {@code sleepNanos} moves
 * it at once. The test moves it in steps ({@link #advanceUntil}), or straight to the next wake-up
 * once the threads it names all sleep ({@link #advanceToNextWakeUp}); stepping blindly may let a
 * thread that was slow to fall asleep wake later than it asked, never earlier. Nothing here depends
 * on how fast the machine is; the real time limits are only there to end a test that hangs.
 */
final class SteppedTicker implements Ticker {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ManualClock clock;
  private final Map<Thread, Long> sleepers = new HashMap<>();
  private int sleeps;

  SteppedTicker(ManualClock clock) {
    this.clock = clock;
  }

  ManualClock clock() {
    return clock;
  }

  @Override
  public long nanoTime() {
    return clock.nanoTime();
  }

  @Override
  public synchronized void sleepNanos(long nanos) throws InterruptedException {
    long wakeAt = clock.nanoTime() + nanos;
    Thread self = Thread.currentThread();
    sleeps++;
    sleepers.put(self, wakeAt);
    notifyAll();
    try {
      while (clock.nanoTime() - wakeAt < 0) {
        wait();
      }
    } finally {
      sleepers.remove(self);
      notifyAll();
    }
  }

  /** How many times a thread went to sleep. */
  synchronized int sleeps() {
    return sleeps;
  }

  synchronized void advance(Duration step) {
    clock.advance(step);
    notifyAll();
  }

  /** Moves the clock {@code step} at a time, letting the threads run between steps, until done. */
  void advanceUntil(BooleanSupplier done, Duration step) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("still not done at " + clock.elapsed() + " of fake time");
      }
      advance(step);
      LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
    }
  }

  /**
   * Moves the clock to the earliest wake-up of {@code threads} once each has ended or sleeps here
   * ({@link #awaitAsleep}). False once all have ended.
   */
  synchronized boolean advanceToNextWakeUp(List<Thread> threads) throws InterruptedException {
    long next = awaitAsleep(threads);
    if (next == Long.MAX_VALUE) {
      return false;
    }
    advance(Duration.ofNanos(next - clock.nanoTime()));
    return true;
  }

  /**
   * Waits until each of {@code threads} has ended or sleeps here until later than now, and returns
   * the earliest of their wake-ups ({@link Long#MAX_VALUE} if all have ended).
   */
  synchronized long awaitAsleep(List<Thread> threads) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      long now = clock.nanoTime();
      long next = Long.MAX_VALUE;
      boolean settled = true;
      for (Thread thread : threads) {
        Long wakeAt = sleepers.get(thread);
        if (wakeAt != null && wakeAt - now > 0) {
          next = Math.min(next, wakeAt);
        } else if (thread.isAlive()) {
          settled = false; // running, or woken and not yet asleep again
        }
      }
      if (settled) {
        return next;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("threads still running at " + clock.elapsed() + " of fake time");
      }
      wait(1); // a thread that ends does not notify
    }
  }
}
