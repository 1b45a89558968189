package org.allybot.testkit.slack;

import java.util.function.LongSupplier;

/**
 * A token bucket the fake uses to enforce one published limit: {@code perSecond} refill, at most
 * {@code burst} seconds of it saved up (never less than one call).
 */
final class FakeRate {
  private final double perSecond;
  private final double capacity;
  private double tokens;
  private final LongSupplier nanoTime;
  private long last;

  FakeRate(double perSecond, double burstSeconds, LongSupplier nanoTime) {
    this.perSecond = perSecond;
    this.capacity = Math.max(1, perSecond * burstSeconds);
    this.tokens = capacity;
    this.nanoTime = nanoTime;
    this.last = nanoTime.getAsLong();
  }

  /** Takes one call; 0 when allowed, otherwise the nanoseconds until one would be. */
  synchronized long take() {
    long now = nanoTime.getAsLong();
    tokens = Math.min(capacity, tokens + (now - last) * perSecond / 1e9);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) / perSecond * 1e9);
  }
}
