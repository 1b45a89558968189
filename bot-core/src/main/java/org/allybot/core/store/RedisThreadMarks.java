package org.allybot.core.store;

import java.time.Duration;
import java.util.Optional;
import org.allybot.core.WorkspaceId;
import org.allybot.core.community.ThreadMarks;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Per-thread labels (a hash of tag to label), helpful marks (a set of tags per post), links from
 * notifications to threads, and sealed daily counters, all inside the community namespace.
 */
public final class RedisThreadMarks implements ThreadMarks {
  private final UnifiedJedis redis;

  public RedisThreadMarks(UnifiedJedis redis) {
    this.redis = redis;
  }

  private static String thread(WorkspaceId ws, int question, String what) {
    return RedisCommunityStore.key(ws, "thread", Integer.toString(question), what);
  }

  @Override
  public String label(WorkspaceId ws, int question, String tag, Optional<String> wanted) {
    String labels = thread(ws, question, "labels");
    String existing = redis.hget(labels, tag);
    if (existing != null) {
      return existing;
    }
    String label = wanted.orElseGet(() -> "Ally " + redis.incr(thread(ws, question, "allies")));
    if (redis.hsetnx(labels, tag, label) == 1) {
      return label;
    }
    return redis.hget(labels, tag);
  }

  @Override
  public void dropLabel(WorkspaceId ws, int question, String tag) {
    redis.hdel(thread(ws, question, "labels"), tag);
  }

  @Override
  public boolean markHelpful(WorkspaceId ws, int post, String tag) {
    return redis.sadd(RedisCommunityStore.key(ws, "helpful", Integer.toString(post)), tag) == 1;
  }

  @Override
  public long helpfulCount(WorkspaceId ws, int post) {
    return redis.scard(RedisCommunityStore.key(ws, "helpful", Integer.toString(post)));
  }

  @Override
  public void dropHelpful(WorkspaceId ws, int post, String tag) {
    redis.srem(RedisCommunityStore.key(ws, "helpful", Integer.toString(post)), tag);
  }

  @Override
  public void linkNotification(WorkspaceId ws, String tag, int question) {
    redis.hset(RedisCommunityStore.key(ws, "notifications"), tag, Integer.toString(question));
    redis.sadd(thread(ws, question, "notifications"), tag);
  }

  @Override
  public Optional<Integer> notification(WorkspaceId ws, String tag) {
    return Optional.ofNullable(redis.hget(RedisCommunityStore.key(ws, "notifications"), tag))
        .map(Integer::valueOf);
  }

  @Override
  public void dropNotifications(WorkspaceId ws, int question) {
    String index = thread(ws, question, "notifications");
    for (String tag : redis.smembers(index)) {
      redis.hdel(RedisCommunityStore.key(ws, "notifications"), tag);
    }
    redis.del(index);
  }

  @Override
  public Optional<String> counter(WorkspaceId ws, String tag) {
    return Optional.ofNullable(redis.get(RedisCommunityStore.key(ws, "count", tag)));
  }

  @Override
  public void saveCounter(WorkspaceId ws, String tag, String sealedValue, Duration keepFor) {
    redis.set(
        RedisCommunityStore.key(ws, "count", tag),
        sealedValue,
        SetParams.setParams().ex(Math.max(1, keepFor.toSeconds())));
  }

  @Override
  public void dropCounter(WorkspaceId ws, String tag) {
    redis.del(RedisCommunityStore.key(ws, "count", tag));
  }
}
