package org.allybot.core.store;

import org.allybot.core.campaign.OccurrenceClaims;
import org.allybot.testkit.RedisEndpoint;
import redis.clients.jedis.UnifiedJedis;

/**
 * A Redis client for tests that hands out the Redis stores, so tests outside this package never
 * touch Jedis. Each instance is its own client, like a separate server.
 */
public final class TestRedis implements AutoCloseable {
  private final UnifiedJedis redis;

  private TestRedis(UnifiedJedis redis) {
    this.redis = redis;
  }

  /** Connects and deletes everything, so each test starts empty. */
  public static TestRedis connectEmpty(RedisEndpoint endpoint) {
    TestRedis test = connect(endpoint);
    test.redis.flushAll();
    return test;
  }

  /** Connects without deleting anything: a second "instance" sharing the same Redis. */
  public static TestRedis connect(RedisEndpoint endpoint) {
    return new TestRedis(RedisConnection.open(endpoint.url()));
  }

  public OccurrenceClaims claims() {
    return new RedisOccurrenceClaims(redis);
  }

  @Override
  public void close() {
    redis.close();
  }
}
