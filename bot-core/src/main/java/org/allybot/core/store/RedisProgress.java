package org.allybot.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.allybot.core.UserRef;
import org.allybot.core.practice.Progress;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/** Seen items as a set, reviews as a sorted set by due time, review rounds in a hash. */
public final class RedisProgress implements Progress {
  private final UnifiedJedis redis;

  public RedisProgress(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public Set<String> seen(UserRef user) {
    return redis.smembers(Keys.of(user.workspace(), "seen", user.userId()));
  }

  @Override
  public void markSeen(UserRef user, String itemId) {
    redis.sadd(Keys.of(user.workspace(), "seen", user.userId()), itemId);
  }

  @Override
  public void unsee(UserRef user, java.util.Collection<String> itemIds) {
    if (!itemIds.isEmpty()) {
      redis.srem(Keys.of(user.workspace(), "seen", user.userId()), itemIds.toArray(String[]::new));
    }
  }

  @Override
  public void scheduleReview(UserRef user, String scenarioId, Instant due, int round) {
    redis.zadd(
        Keys.of(user.workspace(), "reviews", user.userId()), due.getEpochSecond(), scenarioId);
    redis.hset(
        Keys.of(user.workspace(), "review-rounds", user.userId()),
        scenarioId,
        Integer.toString(round));
  }

  @Override
  public int reviewRound(UserRef user, String scenarioId) {
    String round =
        redis.hget(Keys.of(user.workspace(), "review-rounds", user.userId()), scenarioId);
    return round == null ? 0 : Integer.parseInt(round);
  }

  @Override
  public List<String> dueReviews(UserRef user, Instant now) {
    return redis.zrangeByScore(
        Keys.of(user.workspace(), "reviews", user.userId()), 0, now.getEpochSecond());
  }

  /** Both reads in one round trip: this runs for every poll delivered. */
  @Override
  public Snapshot snapshot(UserRef user, Instant now) {
    Response<List<String>> due;
    Response<Set<String>> seen;
    try (AbstractPipeline pipeline = redis.pipelined()) {
      due =
          pipeline.zrangeByScore(
              Keys.of(user.workspace(), "reviews", user.userId()), 0, now.getEpochSecond());
      seen = pipeline.smembers(Keys.of(user.workspace(), "seen", user.userId()));
      pipeline.sync();
    }
    return new Snapshot(due.get(), seen.get());
  }

  @Override
  public void clearReview(UserRef user, String scenarioId) {
    redis.zrem(Keys.of(user.workspace(), "reviews", user.userId()), scenarioId);
  }
}
