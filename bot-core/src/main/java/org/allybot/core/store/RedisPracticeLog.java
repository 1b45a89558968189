package org.allybot.core.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.allybot.content.Sense;
import org.allybot.core.UserRef;
import org.allybot.core.practice.PracticeLog;
import org.allybot.core.practice.PracticeStats;
import org.allybot.core.practice.Weeks;
import redis.clients.jedis.UnifiedJedis;

/** Practice counters per member: a hash of counts, a set of items, and a set of active weeks. */
public final class RedisPracticeLog implements PracticeLog {
  private final UnifiedJedis redis;

  public RedisPracticeLog(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public boolean record(
      UserRef user, String kind, String itemId, Set<Sense> senses, LocalDate day) {
    String done = Keys.of(user.workspace(), "practised", user.userId());
    if (redis.sadd(done, kind + "|" + itemId) == 0) {
      return false;
    }
    String counts = Keys.of(user.workspace(), "practice", user.userId());
    redis.hincrBy(counts, kind, 1);
    for (Sense sense : senses) {
      redis.hincrBy(counts, "sense:" + sense.id(), 1);
    }
    redis.sadd(Keys.of(user.workspace(), "active-weeks", user.userId()), weekOf(day));
    return true;
  }

  @Override
  public PracticeStats stats(UserRef user, LocalDate today) {
    Map<String, String> counts =
        redis.hgetAll(Keys.of(user.workspace(), "practice", user.userId()));
    Map<String, Integer> senses = new HashMap<>();
    counts.forEach((k, v) -> {
      if (k.startsWith("sense:")) {
        senses.put(k.substring(6), Integer.parseInt(v));
      }
    });
    Set<String> weeks = redis.smembers(Keys.of(user.workspace(), "active-weeks", user.userId()));
    int streak = 0;
    LocalDate week = today;
    if (!weeks.contains(weekOf(week))) {
      week = week.minusWeeks(1);
    }
    while (weeks.contains(weekOf(week))) {
      streak++;
      week = week.minusWeeks(1);
    }
    return new PracticeStats(
        count(counts, "poll"), count(counts, "lesson"), count(counts, "tried"), streak, senses);
  }

  private static int count(Map<String, String> counts, String kind) {
    return Integer.parseInt(counts.getOrDefault(kind, "0"));
  }

  private static String weekOf(LocalDate day) {
    return Weeks.of(day);
  }
}
