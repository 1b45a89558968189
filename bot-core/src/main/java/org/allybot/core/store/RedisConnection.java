package org.allybot.core.store;

import java.net.URI;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/** Opens the one Redis client an instance shares between its stores. */
public final class RedisConnection {
  private RedisConnection() {}

  public static UnifiedJedis open(String url) {
    return RedisClient.create(URI.create(url));
  }
}
