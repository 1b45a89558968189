package org.allybot.testkit.teams;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Teams' throttling as the fake enforces it: at most {@code perTenant} accepted requests in any
 * sliding one-second window per tenant, and {@code perConversation} per conversation. A request
 * over either limit is refused (a 429) and does not count.
 */
final class ConnectorRates {
  private static final long WINDOW = TimeUnit.SECONDS.toNanos(1);

  private final int perTenant;
  private final int perConversation;
  private final Map<String, Deque<Long>> accepted = new HashMap<>();
  private int refused;

  ConnectorRates(int perTenant, int perConversation) {
    this.perTenant = perTenant;
    this.perConversation = perConversation;
  }

  /** Zero if the request may pass (and counts it), else the nanoseconds until it could. */
  synchronized long admit(String tenant, String conversation, long now) {
    Deque<Long> byTenant = window("tenant|" + tenant, now);
    Deque<Long> byConversation =
        conversation.isEmpty() ? new ArrayDeque<>() : window("conv|" + conversation, now);
    long wait = 0;
    if (byTenant.size() >= perTenant) {
      wait = byTenant.peekFirst() + WINDOW - now;
    }
    if (byConversation.size() >= perConversation) {
      wait = Math.max(wait, byConversation.peekFirst() + WINDOW - now);
    }
    if (wait > 0) {
      refused++;
      return wait;
    }
    byTenant.addLast(now);
    if (!conversation.isEmpty()) {
      byConversation.addLast(now);
    }
    return 0;
  }

  synchronized int refused() {
    return refused;
  }

  private Deque<Long> window(String key, long now) {
    Deque<Long> times = accepted.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!times.isEmpty() && now - times.peekFirst() >= WINDOW) {
      times.removeFirst();
    }
    return times;
  }
}
