package org.allybot.core.store;

import java.time.Duration;
import java.util.Map;
import org.allybot.core.delivery.DeliveryStores;
import org.allybot.testkit.RedisEndpoint;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.resps.StreamPendingEntry;

/**
 * A Redis client for tests, emptied on connect, that hands out the Redis stores so tests outside
 * this package never touch Jedis. Each instance is its own client, like a separate server.
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

  public org.allybot.core.campaign.OccurrenceClaims claims() {
    return new RedisOccurrenceClaims(redis);
  }

  public DeliveryStores deliveryStores() {
    return RedisDeliveryStores.on(redis);
  }

  /** Adds a stream entry holding {@code value} as the delivery, as a buggy or old writer might. */
  public void enqueueRaw(String value) {
    redis.xadd(
        Keys.global("deliveries"),
        XAddParams.xAddParams(),
        Map.of(RedisDeliveryQueue.FIELD, value));
  }

  /**
   * Makes every queue entry {@code consumer} holds look untouched for {@code idle}, as if that much
   * time had passed, so tests of reclaiming need not sleep.
   */
  public void age(String consumer, Duration idle) {
    String key = Keys.global("deliveries");
    StreamEntryID[] held =
        redis
            .xpending(
                key,
                RedisDeliveryQueue.GROUP,
                XPendingParams.xPendingParams("-", "+", 10_000).consumer(consumer))
            .stream()
            .map(StreamPendingEntry::getID)
            .toArray(StreamEntryID[]::new);
    if (held.length > 0) {
      redis.xclaimJustId(
          key,
          RedisDeliveryQueue.GROUP,
          consumer,
          0,
          XClaimParams.xClaimParams().idle(idle.toMillis()),
          held);
    }
  }

  /** How many clients wait in a blocking command, such as a queue read with a block time. */
  public int blockedClients() {
    return redis
        .info("clients")
        .lines()
        .filter(line -> line.startsWith("blocked_clients:"))
        .mapToInt(line -> Integer.parseInt(line.substring(line.indexOf(':') + 1).strip()))
        .findFirst()
        .orElseThrow();
  }

  /** What a store call throws when the connection to Redis drops. */
  public static RuntimeException connectionLost() {
    return new JedisConnectionException("Unexpected end of stream (simulated)");
  }

  public org.allybot.core.xapi.StatementQueue statementQueue() {
    return new RedisStatementQueue(redis);
  }

  /** Adds a statement entry with the given fields, as a buggy or old writer might. */
  public void appendRawStatement(Map<String, String> fields) {
    redis.xadd(Keys.global("xapi", "statements"), XAddParams.xAddParams(), fields);
  }

  /** What was set aside, newest first, as stored. */
  public java.util.List<String> setAsideStatements() {
    return redis.lrange(Keys.global("xapi", "set-aside"), 0, -1);
  }

  /** How long the set-aside statements are kept (a relative expiry, read from Redis). */
  public long setAsideSecondsLeft() {
    return redis.ttl(Keys.global("xapi", "set-aside"));
  }

  /** The send budget every instance shares, on {@code clock}'s time. */
  public org.allybot.core.delivery.SendBudget sendBudget(java.time.Clock clock) {
    return new RedisSendBudget(redis, clock);
  }

  UnifiedJedis client() {
    return redis;
  }

  @Override
  public void close() {
    redis.close();
  }
}
