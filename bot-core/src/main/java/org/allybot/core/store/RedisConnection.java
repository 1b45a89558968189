package org.allybot.core.store;

import java.net.URI;
import java.util.LinkedHashSet;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;

/** Opens the one Redis client an instance shares between its stores. */
public final class RedisConnection {
  /**
   * Connections in the shared pool. Commons-pool's default of 8 is too few: each delivery sender
   * holds one for as long as its blocking queue read waits, and the request threads share the rest.
   * A Cluster keeps one such pool per master.
   */
  static final int POOL_SIZE = 32;

  private RedisConnection() {}

  /** A client for the Redis, Cluster or Sentinel-watched master that {@code url} names. */
  public static UnifiedJedis open(String url) {
    RedisUrl parsed = RedisUrl.parse(url);
    return switch (parsed.topology()) {
      case STANDALONE -> RedisClient.builder().fromURI(URI.create(url)).poolConfig(pool()).build();
      case CLUSTER ->
          RedisClusterClient.builder()
              .nodes(new LinkedHashSet<>(parsed.nodes()))
              .clientConfig(dataNodes(parsed))
              .poolConfig(pool())
              .build();
      case SENTINEL ->
          RedisSentinelClient.builder()
              .masterName(parsed.masterName())
              .sentinels(new LinkedHashSet<>(parsed.nodes()))
              .clientConfig(dataNodes(parsed))
              .sentinelClientConfig(DefaultJedisClientConfig.builder().ssl(parsed.tls()).build())
              .poolConfig(pool())
              .build();
    };
  }

  private static JedisClientConfig dataNodes(RedisUrl url) {
    return DefaultJedisClientConfig.builder()
        .ssl(url.tls())
        .user(url.user())
        .password(url.password())
        .build();
  }

  private static ConnectionPoolConfig pool() {
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(POOL_SIZE);
    pool.setMaxIdle(POOL_SIZE);
    // Registering the pool as an MBean starts the JVM's whole management server at start-up (a
    // tenth of a second or more), and nothing reads it.
    pool.setJmxEnabled(false);
    return pool;
  }
}
