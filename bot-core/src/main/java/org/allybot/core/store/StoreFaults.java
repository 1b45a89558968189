package org.allybot.core.store;

import redis.clients.jedis.exceptions.JedisException;

/**
 * Tells a fault of the shared store (Redis away, refusing or timing out) from any other failure, so
 * that an endpoint can answer 503, which platforms retry later, instead of 500. Adapters ask here
 * because only this package knows the store is Redis.
 */
public final class StoreFaults {
  private StoreFaults() {}

  /** Whether {@code e} or one of its causes is the store failing. */
  public static boolean unavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JedisException) {
        return true;
      }
    }
    return false;
  }
}
