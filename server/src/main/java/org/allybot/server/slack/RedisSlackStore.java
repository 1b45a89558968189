package org.allybot.server.slack;

import java.time.Duration;
import java.util.Optional;
import org.allybot.slack.SlackStore;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** The Slack adapter's store on the instance's shared Redis. */
public final class RedisSlackStore implements SlackStore {
  private final UnifiedJedis redis;

  public RedisSlackStore(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public boolean firstTime(String key, Duration ttl) {
    return "OK".equals(redis.set(key, "1", SetParams.setParams().nx().px(ttl.toMillis())));
  }

  @Override
  public boolean exists(String key) {
    return redis.exists(key);
  }

  @Override
  public void delete(String key) {
    redis.del(key);
  }

  @Override
  public void putField(String key, String field, String value) {
    redis.hset(key, field, value);
  }

  @Override
  public Optional<String> field(String key, String field) {
    return Optional.ofNullable(redis.hget(key, field));
  }

  @Override
  public void deleteFields(String key, String... fields) {
    if (fields.length > 0) {
      redis.hdel(key, fields);
    }
  }
}
