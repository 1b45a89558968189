package org.allybot.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.allybot.core.UserRef;
import org.allybot.core.poll.PollAnswers;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * Answers in a hash per poll step ({@code poll:KEY} user -> option), so a second click replaces the
 * first, plus a time index that the retention job trims. Recording is one round trip: a script
 * swaps the answer, indexes it and counts the options inside Redis, so a busy poll neither waits on
 * several calls per click nor ships every member's answer back to count it.
 */
public final class RedisPollAnswers implements PollAnswers {
  /** KEYS: the poll's hash, the time index; ARGV: member, option, epoch second, index entry. */
  static final String RECORD =
      """
      local previous = redis.call('HGET', KEYS[1], ARGV[1])
      redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
      redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
      local counts = {}
      for _, option in ipairs(redis.call('HVALS', KEYS[1])) do
        counts[option] = (counts[option] or 0) + 1
      end
      local out = {previous}
      for option, n in pairs(counts) do
        out[#out + 1] = option
        out[#out + 1] = n
      end
      return out
      """;

  private static final String RECORD_SHA = sha1(RECORD);

  private final UnifiedJedis redis;

  public RedisPollAnswers(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public Recorded record(UserRef user, String pollKey, String optionId, Instant at) {
    List<String> keys =
        List.of(
            Keys.of(user.workspace(), "poll", pollKey),
            Keys.of(user.workspace(), "answers-by-time"));
    List<String> args =
        List.of(
            user.userId(),
            optionId,
            Long.toString(at.getEpochSecond()),
            pollKey + "|" + user.userId());
    Object reply;
    try {
      reply = redis.evalsha(RECORD_SHA, keys, args);
    } catch (JedisNoScriptException e) {
      reply = redis.eval(RECORD, keys, args);
    }
    List<?> out = (List<?>) reply;
    Map<String, Long> counts = new TreeMap<>();
    for (int i = 1; i + 1 < out.size(); i += 2) {
      counts.put(text(out.get(i)), ((Number) out.get(i + 1)).longValue());
    }
    return new Recorded(Optional.ofNullable(out.isEmpty() ? null : text(out.getFirst())), counts);
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

  private static String text(Object value) {
    return value instanceof byte[] bytes
        ? new String(bytes, StandardCharsets.UTF_8)
        : value == null ? null : value.toString();
  }

  private static String sha1(String script) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is not available", e);
    }
  }
}
