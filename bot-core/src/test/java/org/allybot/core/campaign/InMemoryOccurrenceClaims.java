package org.allybot.core.campaign;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Claims kept in one JVM's memory, for tests that run a single instance without Redis. */
final class InMemoryOccurrenceClaims implements OccurrenceClaims {
  private final Set<Occurrence> claimed = ConcurrentHashMap.newKeySet();

  @Override
  public boolean claim(Occurrence occurrence) {
    return claimed.add(occurrence);
  }

  @Override
  public boolean isClaimed(Occurrence occurrence) {
    return claimed.contains(occurrence);
  }
}
