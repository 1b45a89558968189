package org.allybot.testkit.teams;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Teams' throttling as the fake enforces it: per tenant and per conversation, a token bucket that
 * holds one second's allowance ({@code perTenant} or {@code perConversation} requests) and refills
 * at that many per second. A request finding either bucket empty is refused (a 429) and uses
 * nothing. It also records the most requests it accepted in any sliding one-second window.
 */
final class ConnectorRates {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  private final int perTenant;
  private final int perConversation;
  private final Map<String, Bucket> buckets = new HashMap<>();
  private final Map<String, Deque<Long>> windows = new HashMap<>();
  private final Map<String, Integer> peaks = new HashMap<>();
  private int refused;

  private final LongSupplier nanoTime;

  ConnectorRates(int perTenant, int perConversation, LongSupplier nanoTime) {
    this.perTenant = perTenant;
    this.perConversation = perConversation;
    this.nanoTime = nanoTime;
  }

  /** Zero if the request may pass (and counts it), else the nanoseconds until it could. */
  synchronized long admit(String tenant, String conversation) {
    long now = nanoTime.getAsLong();
    Bucket byTenant = bucket("tenant|" + tenant, perTenant, now);
    Bucket byConversation =
        conversation.isEmpty() ? null : bucket("conv|" + conversation, perConversation, now);
    long wait = byTenant.waitNanos();
    if (byConversation != null) {
      wait = Math.max(wait, byConversation.waitNanos());
    }
    if (wait > 0) {
      refused++;
      return wait;
    }
    byTenant.tokens -= 1;
    count("tenant|" + tenant, now);
    if (byConversation != null) {
      byConversation.tokens -= 1;
      count("conv|" + conversation, now);
    }
    return 0;
  }

  synchronized int refused() {
    return refused;
  }

  /** The most requests accepted in any one-second window, for the tenant or conversation. */
  synchronized int peak(String kind, String id) {
    return peaks.getOrDefault(kind + "|" + id, 0);
  }

  private Bucket bucket(String key, int rate, long now) {
    Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(rate, now));
    b.refill(now);
    return b;
  }

  /** A second's allowance of tokens, refilled continuously; starts full. */
  private static final class Bucket {
    final int rate;
    double tokens;
    long refilledAt;

    Bucket(int rate, long now) {
      this.rate = rate;
      this.tokens = rate;
      this.refilledAt = now;
    }

    void refill(long now) {
      tokens = Math.min(rate, tokens + (now - refilledAt) * (double) rate / SECOND);
      refilledAt = now;
    }

    long waitNanos() {
      return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * SECOND / rate);
    }
  }

  private void count(String key, long now) {
    Deque<Long> window = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
    window.addLast(now);
    while (now - window.peekFirst() >= SECOND) {
      window.removeFirst();
    }
    peaks.merge(key, window.size(), Math::max);
  }
}
