package org.allybot.core.store;

import java.net.URI;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/** Opens the one Redis client an instance shares between its stores. */
public final class RedisConnection {
  /**
   * Connections in the shared pool. Commons-pool's default of 8 is too few: each delivery sender
   * holds one for as long as its blocking queue read waits, and the request threads share the rest.
   */
  static final int POOL_SIZE = 32;

  private RedisConnection() {}

  public static UnifiedJedis open(String url) {
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(POOL_SIZE);
    pool.setMaxIdle(POOL_SIZE);
    return RedisClient.builder().fromURI(URI.create(url)).poolConfig(pool).build();
  }
}
