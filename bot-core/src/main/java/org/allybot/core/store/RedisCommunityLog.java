package org.allybot.core.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.WorkspaceId;
import org.allybot.core.community.CommunityLog;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ZAddParams;

/**
 * Sorted sets of post numbers scored by epoch second ({@code log:asked}, {@code log:advice}, {@code
 * log:resolved}, {@code log:first-advice} scored by when the question was asked) and a hash of each
 * question's wait for its first advice, in seconds. They live under the community prefix, whose
 * keys name no member.
 */
public final class RedisCommunityLog implements CommunityLog {
  private final UnifiedJedis redis;

  public RedisCommunityLog(UnifiedJedis redis) {
    this.redis = redis;
  }

  private static String key(WorkspaceId ws, String part) {
    return RedisCommunityStore.key(ws, "log", part);
  }

  @Override
  public void asked(WorkspaceId workspace, int question, Instant at) {
    redis.zadd(
        key(workspace, "asked"),
        at.getEpochSecond(),
        Integer.toString(question),
        ZAddParams.zAddParams().nx());
  }

  @Override
  public void advised(WorkspaceId workspace, int question, int post, Instant askedAt, Instant at) {
    redis.zadd(key(workspace, "advice"), at.getEpochSecond(), Integer.toString(post));
    long wait = Math.max(0, Duration.between(askedAt, at).toSeconds());
    if (redis.hsetnx(key(workspace, "wait"), Integer.toString(question), Long.toString(wait))
        == 1) {
      redis.zadd(
          key(workspace, "first-advice"), askedAt.getEpochSecond(), Integer.toString(question));
    }
  }

  @Override
  public void resolved(WorkspaceId workspace, int question, Instant at) {
    redis.zadd(
        key(workspace, "resolved"),
        at.getEpochSecond(),
        Integer.toString(question),
        ZAddParams.zAddParams().nx());
  }

  @Override
  public Activity between(WorkspaceId workspace, Instant from, Instant until) {
    long min = from.getEpochSecond();
    String max = "(" + until.getEpochSecond();
    List<String> advised =
        redis.zrangeByScore(key(workspace, "first-advice"), Long.toString(min), max);
    List<Duration> waits = new ArrayList<>();
    if (!advised.isEmpty()) {
      for (String seconds : redis.hmget(key(workspace, "wait"), advised.toArray(String[]::new))) {
        if (seconds != null) {
          waits.add(Duration.ofSeconds(Long.parseLong(seconds)));
        }
      }
    }
    return new Activity(
        redis.zcount(key(workspace, "asked"), Long.toString(min), max),
        redis.zcount(key(workspace, "advice"), Long.toString(min), max),
        redis.zcount(key(workspace, "resolved"), Long.toString(min), max),
        waits);
  }
}
