package org.allybot.core.store;

import org.allybot.core.delivery.DeliveryStores;
import redis.clients.jedis.UnifiedJedis;

/** Builds the delivery engine's stores on one Redis client. */
public final class RedisDeliveryStores {
  private RedisDeliveryStores() {}

  public static DeliveryStores on(UnifiedJedis redis) {
    return new DeliveryStores(
        new RedisDeliveryQueue(redis),
        new RedisDeliveryLedger(redis),
        new RedisParkedDeliveries(redis),
        new RedisDirectChannels(redis));
  }
}
