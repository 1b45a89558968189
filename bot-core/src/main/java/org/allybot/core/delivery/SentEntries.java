package org.allybot.core.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Entries one sender has sent but not yet marked sent and acknowledged: {@link Settlement#flush}
 * settles them together, in one round trip each for the ledger and the queue. Not thread-safe.
 */
final class SentEntries {
  private final List<QueuedDelivery> entries = new ArrayList<>();
  private long oldest;

  void add(QueuedDelivery entry, long now) {
    if (entries.isEmpty()) {
      oldest = now;
    }
    entries.add(entry);
  }

  /** True if the first entry waiting was sent more than {@code age} before {@code now}. */
  boolean waitingLongerThan(Duration age, long now) {
    return !entries.isEmpty() && now - oldest > age.toNanos();
  }

  /** The entries waiting, which are then no longer waiting. */
  List<QueuedDelivery> takeAll() {
    List<QueuedDelivery> taken = List.copyOf(entries);
    entries.clear();
    return taken;
  }
}
