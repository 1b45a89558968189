package org.allybot.server.teams;

import java.time.Duration;
import java.util.function.Supplier;
import org.allybot.core.store.Keys;
import org.allybot.teams.SeenActivities;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Activity ids seen in the last hour, shared by every instance: {@code SET NX} with an expiry, so
 * that the first instance to see an activity handles it and a repeat anywhere is dropped. The Bot
 * Framework retries within seconds; an hour covers that with room, without keeping a key for every
 * activity of the day.
 */
final class RedisSeenActivities implements SeenActivities {
  static final Duration REMEMBER_FOR = Duration.ofHours(1);

  private final Supplier<UnifiedJedis> redis;

  RedisSeenActivities(Supplier<UnifiedJedis> redis) {
    this.redis = redis;
  }

  @Override
  public boolean firstSight(String key) {
    return "OK"
        .equals(
            redis
                .get()
                .set(
                    Keys.global("teams-seen", key),
                    "1",
                    SetParams.setParams().nx().ex(REMEMBER_FOR.toSeconds())));
  }

  @Override
  public void forget(String key) {
    redis.get().del(Keys.global("teams-seen", key));
  }
}
