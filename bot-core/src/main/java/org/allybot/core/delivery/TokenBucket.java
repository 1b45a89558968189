package org.allybot.core.delivery;

/**
 * One continuous token bucket. Not thread-safe: {@link LocalSendBudget} guards all its buckets with
 * one lock. Fractional tokens carry over, so late wake-ups cost no throughput. A permit may be
 * taken before it is there: the bucket then owes it, and later callers wait longer.
 */
final class TokenBucket {
  private static final double EPSILON = 1e-9;

  private final double perNano;
  private final double capacity;
  private double tokens;
  private long last;

  TokenBucket(double perSecond, double capacity, long now) {
    this.perNano = perSecond / 1e9;
    this.capacity = capacity;
    this.tokens = capacity;
    this.last = now;
  }

  void refill(long now) {
    if (now > last) {
      tokens = Math.min(capacity, tokens + (now - last) * perNano);
      last = now;
    }
  }

  /** Nanoseconds from {@code now} until one token is there; zero if one is there now. */
  long nanosUntilPermit(long now) {
    double missing = 1 - tokens;
    return missing <= EPSILON ? 0 : Math.max(0, last - now) + (long) Math.ceil(missing / perNano);
  }

  void take() {
    tokens -= 1;
  }

  /** Returns a permit taken but not used. */
  void giveBack() {
    tokens = Math.min(capacity, tokens + 1);
  }

  /** After a 429: keep at most one token, and save nothing up until {@code until}. */
  void holdUntil(long until) {
    tokens = Math.min(tokens, 1);
    last = Math.max(last, until);
  }

  boolean isFull() {
    return tokens >= capacity - EPSILON;
  }
}
