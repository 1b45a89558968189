package org.allybot.teams;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SeenActivities} in a set, for adapter tests. */
final class InMemorySeenActivities implements SeenActivities {
  final Set<String> seen = ConcurrentHashMap.newKeySet();

  @Override
  public boolean firstSight(String key) {
    return seen.add(key);
  }

  @Override
  public void forget(String key) {
    seen.remove(key);
  }
}
