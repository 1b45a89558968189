package org.allybot.core.store;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.allybot.core.campaign.Occurrence;
import org.allybot.core.campaign.OccurrenceClaims;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Occurrence claims as Redis keys set with {@code SET NX EX}: the instance whose SET succeeds runs
 * the occurrence. Keys expire after a week and a day, longer than any cadence repeats a slot.
 */
public final class RedisOccurrenceClaims implements OccurrenceClaims {
  static final Duration TTL = Duration.ofDays(8);

  private final UnifiedJedis redis;

  public RedisOccurrenceClaims(UnifiedJedis redis) {
    this.redis = Objects.requireNonNull(redis, "redis");
  }

  @Override
  public boolean claim(Occurrence occurrence) {
    SetParams once = SetParams.setParams().nx().ex(TTL.toSeconds());
    return "OK".equals(redis.set(key(occurrence), "1", once));
  }

  @Override
  public boolean isClaimed(Occurrence occurrence) {
    return redis.exists(key(occurrence));
  }

  /**
   * {@code ally:{slack:T1}:claim:<campaign>:<kind>:<zone>:<hhmm>:<epochSecond>}. The slot's local
   * time is part of the key because two slots in one zone meet at one instant when both local times
   * fall in the same spring-forward gap; each must still fire.
   */
  static String key(Occurrence occurrence) {
    return Keys.of(
        occurrence.workspace(),
        "claim",
        occurrence.campaignId(),
        occurrence.kind().name().toLowerCase(Locale.ROOT),
        keySafe(occurrence.slot().zone().getId()),
        occurrence.slot().time().toString().replace(":", ""),
        Long.toString(occurrence.at().getEpochSecond()));
  }

  /** Zone ids hold '/' (Europe/London) and offset ids ':' (UTC+01:00); neither goes in a key. */
  private static String keySafe(String part) {
    return part.replace('/', '.').replace(':', '.');
  }
}
