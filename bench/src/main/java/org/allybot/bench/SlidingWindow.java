package org.allybot.bench;

/**
 * At most {@code limit} permits in any one-second window, the way a platform counts calls against
 * its rate limit. Thread-safe.
 */
final class SlidingWindow {
  static final long WINDOW_NANOS = 1_000_000_000L;

  /** When each of the last {@code limit} permits was granted; a ring. */
  private final long[] granted;

  /** Where the next grant goes; once the ring is full, also the oldest grant. */
  private int next;

  private int count;

  SlidingWindow(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the limit must be at least 1 a second");
    }
    this.granted = new long[limit];
  }

  /**
   * Takes a permit at {@code now} (a {@link System#nanoTime()} reading) and returns 0, or takes
   * nothing and returns how many nanoseconds remain until the oldest permit leaves the window.
   */
  synchronized long tryAcquire(long now) {
    if (count == granted.length) {
      long frees = granted[next] + WINDOW_NANOS - now;
      if (frees > 0) {
        return frees;
      }
    } else {
      count++;
    }
    granted[next] = now;
    next = (next + 1) % granted.length;
    return 0;
  }
}
