package org.allybot.teams;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SeenActivities} in a set, for adapter tests. */
final class InMemorySeenActivities implements SeenActivities {
  final Set<String> seen = ConcurrentHashMap.newKeySet();

  /** When set, what every call throws, as a store that is away would. */
  volatile RuntimeException failure;

  @Override
  public boolean firstSight(String key) {
    if (failure != null) {
      throw failure;
    }
    return seen.add(key);
  }

  @Override
  public void forget(String key) {
    seen.remove(key);
  }
}
