package org.allybot.slack;

/**
 * Tells a fault of the shared store (Redis away or refusing) from any other failure, so that the
 * endpoint answers 503, which Slack retries later, instead of 500. The adapter does not depend on
 * Jedis, so the cause chain is read by package name.
 */
final class StoreFaults {
  private static final String JEDIS = "redis.clients.jedis.";

  private StoreFaults() {}

  static boolean unavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getName().startsWith(JEDIS)) {
        return true;
      }
    }
    return false;
  }
}
