package org.allybot.core.delivery;

import java.util.concurrent.locks.LockSupport;

/** A monotonic time source that can wait, so tests can drive rate limiting with a fake clock. */
public interface Ticker {
  /** Like {@link System#nanoTime()}: only differences mean anything. */
  long nanoTime();

  /** Waits at least {@code nanos}. */
  void sleepNanos(long nanos) throws InterruptedException;

  /** The real one: {@link System#nanoTime()} and {@link LockSupport#parkNanos(long)}. */
  Ticker SYSTEM =
      new Ticker() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
          long deadline = System.nanoTime() + nanos;
          for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
              throw new InterruptedException();
            }
          }
        }
      };
}
