package org.allybot.core.xapi;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The waits before each retry of one batch: doubling from the first to the maximum, each drawn
 * between half and all of it (jitter), so that instances that failed together do not retry
 * together.
 */
final class Backoff {
  private final Duration first;
  private final Duration max;
  private Duration next;

  Backoff(Duration first, Duration max) {
    this.first = first;
    this.max = max;
    this.next = first;
  }

  Duration next() {
    Duration ceiling = next;
    next = ceiling.multipliedBy(2).compareTo(max) > 0 ? max : ceiling.multipliedBy(2);
    long nanos = ceiling.toNanos();
    return Duration.ofNanos(nanos / 2 + ThreadLocalRandom.current().nextLong(nanos / 2 + 1));
  }

  /**
   * The wait an LRS asked for, kept within bounds: at least the first backoff (a {@code
   * Retry-After: 0} must not turn into a busy loop), at most {@code cap}.
   */
  Duration honour(Duration retryAfter, Duration cap) {
    Duration atLeast = retryAfter.compareTo(first) < 0 ? first : retryAfter;
    return atLeast.compareTo(cap) > 0 ? cap : atLeast;
  }
}
