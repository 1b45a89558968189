package org.allybot.core.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.SendBudget;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * The send budget in Redis, shared by every instance: each workspace's buckets and pause, updated
 * by {@link SendBudgetScript} in one round trip per take. Time is the given clock's, in
 * microseconds; instances should keep their clocks in sync (NTP), though skew only slows sending.
 */
public final class RedisSendBudget implements SendBudget {
  private final UnifiedJedis redis;
  private final Clock clock;

  public RedisSendBudget(UnifiedJedis redis, Clock clock) {
    this.redis = redis;
    this.clock = clock;
  }

  @Override
  public Grant take(WorkspaceId workspace, List<Bucket> buckets) {
    return run("take", workspace, buckets, null);
  }

  @Override
  public Grant settle(WorkspaceId workspace, List<Bucket> buckets) {
    return run("settle", workspace, buckets, null);
  }

  @Override
  public long waitFor(WorkspaceId workspace, Bucket bucket) {
    return run("peek", workspace, List.of(bucket), null).waitNanos();
  }

  @Override
  public void giveBack(WorkspaceId workspace, List<Bucket> buckets) {
    run("giveback", workspace, buckets, null);
  }

  @Override
  public void pause(WorkspaceId workspace, Duration duration) {
    long now = micros(clock.instant());
    run("pause", workspace, List.of(), now + Math.max(0, duration.toNanos() / 1000));
  }

  /** The keys of one workspace's budget, as the script reads them. */
  static String pauseKey(WorkspaceId workspace) {
    return Keys.of(workspace, "rate", "paused");
  }

  static String bucketKey(WorkspaceId workspace, String bucket) {
    return Keys.of(workspace, "rate", bucket);
  }

  private Grant run(String op, WorkspaceId workspace, List<Bucket> buckets, Long pauseUntil) {
    List<String> keys = new ArrayList<>(buckets.size() + 1);
    List<String> args = new ArrayList<>(2 + 2 * buckets.size());
    keys.add(pauseKey(workspace));
    args.add(op);
    args.add(Long.toString(micros(clock.instant())));
    if (pauseUntil != null) {
      args.add(Long.toString(pauseUntil));
    }
    for (Bucket bucket : buckets) {
      keys.add(bucketKey(workspace, bucket.name()));
      args.add(Double.toString(bucket.perSecond()));
      args.add(Double.toString(bucket.capacity()));
    }
    Object reply;
    try {
      reply = redis.evalsha(SendBudgetScript.SHA, keys, args);
    } catch (JedisNoScriptException e) {
      reply = redis.eval(SendBudgetScript.SOURCE, keys, args);
    }
    List<?> answer = (List<?>) reply;
    return new Grant(((Long) answer.get(0)) == 1, ((Long) answer.get(1)) * 1000);
  }

  private static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }
}
