package org.allybot.teams;

/**
 * Remembers activity ids for a while, so that an activity Teams delivers twice is handled once.
 * Shared by every instance (the server keeps it in Redis).
 */
public interface SeenActivities {
  /** True the first time {@code key} is offered, false while it is remembered. */
  boolean firstSight(String key);

  /** Forgets {@code key}, so a retry of an activity that failed is handled again. */
  void forget(String key);
}
