package org.allybot.core.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.allybot.core.UserRef;
import org.allybot.core.poll.PollAnswers;
import redis.clients.jedis.UnifiedJedis;

/**
 * Answers in a hash per poll step ({@code poll:KEY} user -> option), so a second click replaces the
 * first, plus a time index that the retention job trims.
 */
public final class RedisPollAnswers implements PollAnswers {
  private final UnifiedJedis redis;

  public RedisPollAnswers(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public Optional<String> record(UserRef user, String pollKey, String optionId, Instant at) {
    String key = Keys.of(user.workspace(), "poll", pollKey);
    String previous = redis.hget(key, user.userId());
    redis.hset(key, user.userId(), optionId);
    redis.zadd(
        Keys.of(user.workspace(), "answers-by-time"),
        at.getEpochSecond(),
        pollKey + "|" + user.userId());
    return Optional.ofNullable(previous);
  }

  @Override
  public Optional<String> answerOf(UserRef user, String pollKey) {
    return Optional.ofNullable(
        redis.hget(Keys.of(user.workspace(), "poll", pollKey), user.userId()));
  }

  @Override
  public Map<String, Long> distribution(UserRef anyoneInWorkspace, String pollKey) {
    Map<String, Long> counts = new TreeMap<>();
    for (String option : redis.hvals(Keys.of(anyoneInWorkspace.workspace(), "poll", pollKey))) {
      counts.merge(option, 1L, Long::sum);
    }
    return counts;
  }
}
