package org.allybot.core.store;

import org.allybot.core.campaign.OccurrenceClaims;
import org.allybot.testkit.RedisEndpoint;
import redis.clients.jedis.UnifiedJedis;

/** A Redis connection for tests outside the store package, which may not touch Jedis themselves. */
public final class TestRedis implements AutoCloseable {
  private final UnifiedJedis redis;

  private TestRedis(UnifiedJedis redis) {
    this.redis = redis;
  }

  public static TestRedis connect(RedisEndpoint endpoint) {
    return new TestRedis(RedisConnection.open(endpoint.url()));
  }

  public OccurrenceClaims claims() {
    return new RedisOccurrenceClaims(redis);
  }

  public void flushAll() {
    redis.flushAll();
  }

  @Override
  public void close() {
    redis.close();
  }
}
