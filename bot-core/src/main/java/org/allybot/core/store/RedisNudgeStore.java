package org.allybot.core.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.allybot.core.WorkspaceId;
import org.allybot.core.nudge.NudgeCount;
import org.allybot.core.nudge.NudgeStore;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Nudge state in one workspace's namespace. Rate limits are keys with relative expiries (an hour, a
 * day); weekly counts are a hash of counters and one HyperLogLog of author tags per rule and per
 * channel, so distinct authors can be counted while no list of them exists; both expire after 13
 * weeks.
 */
public final class RedisNudgeStore implements NudgeStore {
  private static final long HOUR = Duration.ofHours(1).toSeconds();
  private static final long DAY = Duration.ofDays(1).toSeconds();
  private static final long KEEP_WEEKS = Duration.ofDays(13 * 7).toSeconds();

  private final UnifiedJedis redis;

  public RedisNudgeStore(UnifiedJedis redis) {
    this.redis = redis;
  }

  private static String key(WorkspaceId ws, String... parts) {
    String[] all = new String[parts.length + 1];
    all[0] = "nudge";
    System.arraycopy(parts, 0, all, 1, parts.length);
    return Keys.of(ws, all);
  }

  @Override
  public boolean channelOn(WorkspaceId ws, String channel) {
    return redis.sismember(key(ws, "channels"), channel);
  }

  @Override
  public void switchChannel(WorkspaceId ws, String channel, boolean on) {
    if (on) {
      redis.sadd(key(ws, "channels"), channel);
    } else {
      redis.srem(key(ws, "channels"), channel);
    }
  }

  @Override
  public List<String> channels(WorkspaceId ws) {
    return redis.smembers(key(ws, "channels")).stream().sorted().toList();
  }

  @Override
  public boolean optedOut(WorkspaceId ws, String member) {
    return redis.sismember(key(ws, "optout"), member);
  }

  @Override
  public void optOut(WorkspaceId ws, String member, boolean out) {
    if (out) {
      redis.sadd(key(ws, "optout"), member);
    } else {
      redis.srem(key(ws, "optout"), member);
    }
  }

  @Override
  public Set<String> disabledRules(WorkspaceId ws) {
    return redis.smembers(key(ws, "disabled"));
  }

  @Override
  public void disableRule(WorkspaceId ws, String ruleId, boolean disabled) {
    if (disabled) {
      redis.sadd(key(ws, "disabled"), ruleId);
    } else {
      redis.srem(key(ws, "disabled"), ruleId);
    }
  }

  @Override
  public boolean nudgedToday(WorkspaceId ws, String member, String ruleId) {
    return redis.exists(key(ws, "day", member, ruleId));
  }

  @Override
  public boolean claim(WorkspaceId ws, String member, String ruleId) {
    String hour = redis.set(key(ws, "hour", member), "1", SetParams.setParams().nx().ex(HOUR));
    if (!"OK".equals(hour)) {
      return false;
    }
    redis.set(key(ws, "day", member, ruleId), "1", SetParams.setParams().ex(DAY));
    return true;
  }

  @Override
  public void count(WorkspaceId ws, String week, String ruleId, String channel, String member) {
    String counts = key(ws, "week", week);
    for (String what : List.of("rule:" + ruleId, "channel:" + channel)) {
      redis.hincrBy(counts, what + "|nudges", 1);
      String authors = key(ws, "authors", week, what);
      redis.pfadd(authors, member);
      redis.expire(authors, KEEP_WEEKS);
    }
    redis.expire(counts, KEEP_WEEKS);
  }

  @Override
  public void feedback(WorkspaceId ws, String week, String ruleId, String button) {
    String counts = key(ws, "week", week);
    redis.hincrBy(counts, "rule:" + ruleId + "|" + button, 1);
    redis.expire(counts, KEEP_WEEKS);
  }

  @Override
  public List<NudgeCount> week(WorkspaceId ws, String week) {
    Map<String, Map<String, Long>> byKey = new TreeMap<>();
    redis
        .hgetAll(key(ws, "week", week))
        .forEach((field, value) -> {
          int bar = field.lastIndexOf('|');
          if (bar > 0) {
            byKey
                .computeIfAbsent(field.substring(0, bar), k -> new TreeMap<>())
                .put(field.substring(bar + 1), Long.parseLong(value));
          }
        });
    List<NudgeCount> counts = new ArrayList<>();
    byKey.forEach((what, m) ->
        counts.add(
            new NudgeCount(
                what,
                m.getOrDefault("nudges", 0L),
                redis.pfcount(key(ws, "authors", week, what)),
                m.getOrDefault("thanks", 0L),
                m.getOrDefault("unhelpful", 0L),
                m.getOrDefault("stop", 0L))));
    return counts;
  }
}
