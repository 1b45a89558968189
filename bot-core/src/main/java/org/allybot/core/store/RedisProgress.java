package org.allybot.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    return redis.smembers(seenKey(user));
  }

  @Override
  public Map<UserRef, Set<String>> seen(Collection<UserRef> users) {
    Map<UserRef, Response<Set<String>>> replies = new LinkedHashMap<>();
    try (AbstractPipeline pipeline = redis.pipelined()) {
      users.forEach(user -> replies.put(user, pipeline.smembers(seenKey(user))));
      pipeline.sync();
    }
    Map<UserRef, Set<String>> seen = new LinkedHashMap<>();
    replies.forEach((user, reply) -> seen.put(user, reply.get()));
    return seen;
  }

  /** One round trip for the whole batch: this runs for every batch of deliveries. */
  @Override
  public void markSeen(Map<UserRef, String> itemByUser) {
    if (itemByUser.isEmpty()) {
      return;
    }
    try (AbstractPipeline pipeline = redis.pipelined()) {
      itemByUser.forEach((user, item) -> pipeline.sadd(seenKey(user), item));
      pipeline.sync();
    }
  }

  @Override
  public void unsee(UserRef user, java.util.Collection<String> itemIds) {
    if (!itemIds.isEmpty()) {
      redis.srem(seenKey(user), itemIds.toArray(String[]::new));
    }
  }

  @Override
  public void scheduleReview(UserRef user, String scenarioId, Instant due, int round) {
    redis.zadd(reviewsKey(user), due.getEpochSecond(), scenarioId);
    redis.hset(
        Keys.of(user.workspace(), "review-rounds", user.userId()),
        scenarioId,
        Integer.toString(round));
  }

  /** One round trip for a batch: this runs for every batch of lessons with recall questions. */
  @Override
  public void scheduleReviews(Map<UserRef, String> itemByUser, Instant due, int round) {
    if (itemByUser.isEmpty()) {
      return;
    }
    try (AbstractPipeline pipeline = redis.pipelined()) {
      itemByUser.forEach((user, item) -> {
        pipeline.zadd(reviewsKey(user), due.getEpochSecond(), item);
        pipeline.hset(
            Keys.of(user.workspace(), "review-rounds", user.userId()),
            item,
            Integer.toString(round));
      });
      pipeline.sync();
    }
  }

  @Override
  public int reviewRound(UserRef user, String scenarioId) {
    String round =
        redis.hget(Keys.of(user.workspace(), "review-rounds", user.userId()), scenarioId);
    return round == null ? 0 : Integer.parseInt(round);
  }

  @Override
  public List<String> dueReviews(UserRef user, Instant now) {
    return redis.zrangeByScore(reviewsKey(user), 0, now.getEpochSecond());
  }

  /** Both reads of every member in one round trip: this runs for every batch of polls. */
  @Override
  public Map<UserRef, Snapshot> snapshots(Collection<UserRef> users, Instant now) {
    Map<UserRef, Response<List<String>>> due = new LinkedHashMap<>();
    Map<UserRef, Response<Set<String>>> seen = new LinkedHashMap<>();
    try (AbstractPipeline pipeline = redis.pipelined()) {
      for (UserRef user : users) {
        due.put(user, pipeline.zrangeByScore(reviewsKey(user), 0, now.getEpochSecond()));
        seen.put(user, pipeline.smembers(seenKey(user)));
      }
      pipeline.sync();
    }
    Map<UserRef, Snapshot> snapshots = new LinkedHashMap<>();
    due.forEach(
        (user, reviews) -> snapshots.put(user, new Snapshot(reviews.get(), seen.get(user).get())));
    return snapshots;
  }

  @Override
  public void clearReview(UserRef user, String scenarioId) {
    redis.zrem(reviewsKey(user), scenarioId);
  }

  private static String seenKey(UserRef user) {
    return Keys.of(user.workspace(), "seen", user.userId());
  }

  private static String reviewsKey(UserRef user) {
    return Keys.of(user.workspace(), "reviews", user.userId());
  }
}
