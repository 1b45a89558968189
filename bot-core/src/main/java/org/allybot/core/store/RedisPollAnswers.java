package org.allybot.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.allybot.core.UserRef;
import org.allybot.core.poll.PollAnswers;
import org.allybot.core.poll.PollTally;
import org.allybot.core.practice.TallyCounters;
import redis.clients.jedis.UnifiedJedis;

/**
 * Answers in a hash per poll step ({@code poll:KEY} user -> option), so a second click replaces the
 * first, plus a time index that the retention job trims, plus the running count per option ({@code
 * poll-counts:KEY}). Recording is one round trip: a script swaps the answer, indexes it and moves
 * the counts inside Redis, so a click costs the same however many have answered. Whoever removes
 * answers deletes the counts ({@link #countsKeyOf}); the next click counts them afresh. An answer
 * in a campaign also moves the campaign's counters ({@link RedisCampaignTally}) in the same script,
 * so that the report costs the answer no extra round trip.
 */
public final class RedisPollAnswers implements PollAnswers {
  /**
   * KEYS: the poll's hash, the time index, the counts, the campaign's tally; ARGV: member, option,
   * epoch second, index entry, then (when ARGV[5] is 1) the option counter's prefix and the
   * counters a first answer adds one to (all answers, the week's, each sense's). Returns the
   * replaced answer, then option and count pairs.
   */
  static final String RECORD =
      """
      local previous = redis.call('HGET', KEYS[1], ARGV[1])
      redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
      redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
      if redis.call('EXISTS', KEYS[3]) == 1 then
        if previous ~= ARGV[2] then
          redis.call('HINCRBY', KEYS[3], ARGV[2], 1)
          if previous then
            redis.call('HINCRBY', KEYS[3], previous, -1)
          end
        end
      else
        local counts = {}
        for _, option in ipairs(redis.call('HVALS', KEYS[1])) do
          counts[option] = (counts[option] or 0) + 1
        end
        for option, n in pairs(counts) do
          redis.call('HSET', KEYS[3], option, n)
        end
      end
      if ARGV[5] == '1' and previous ~= ARGV[2] then
        redis.call('HINCRBY', KEYS[4], ARGV[6] .. ARGV[2], 1)
        if previous then
          redis.call('HINCRBY', KEYS[4], ARGV[6] .. previous, -1)
        else
          for i = 7, #ARGV do
            redis.call('HINCRBY', KEYS[4], ARGV[i], 1)
          end
        end
      end
      local out = {previous}
      for _, v in ipairs(redis.call('HGETALL', KEYS[3])) do
        out[#out + 1] = v
      end
      return out
      """;

  private static final String RECORD_SHA = sha1(RECORD);
  private static final String ANSWERS = "poll";
  private static final String COUNTS = "poll-counts";

  private final UnifiedJedis redis;

  public RedisPollAnswers(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public Recorded record(
      UserRef user, String pollKey, String optionId, Instant at, PollTally tally) {
    List<String> keys =
        List.of(
            Keys.of(user.workspace(), ANSWERS, pollKey),
            Keys.of(user.workspace(), "answers-by-time"),
            Keys.of(user.workspace(), COUNTS, pollKey),
            tally.counts()
                ? RedisCampaignTally.key(user.workspace(), tally.campaignId())
                : Keys.of(user.workspace(), COUNTS, pollKey));
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            user.userId(),
            optionId,
            Long.toString(at.getEpochSecond()),
            pollKey + "|" + user.userId(),
            tally.counts() ? "1" : "0"));
    if (tally.counts()) {
      args.add(TallyCounters.option(pollKey, ""));
      args.add(TallyCounters.POLLS);
      args.add(TallyCounters.inWeek(TallyCounters.POLLS, tally.week()));
      tally.senses().forEach(sense -> args.add(TallyCounters.sense(sense)));
    }
    Object reply = ReplicatedEval.eval(redis, RECORD, RECORD_SHA, keys, args);
    List<?> out = (List<?>) reply;
    Map<String, Long> counts = new TreeMap<>();
    for (int i = 1; i + 1 < out.size(); i += 2) {
      long n = Long.parseLong(text(out.get(i + 1)));
      if (n > 0) {
        counts.put(text(out.get(i)), n);
      }
    }
    return new Recorded(Optional.ofNullable(out.isEmpty() ? null : text(out.getFirst())), counts);
  }

  @Override
  public Optional<String> answerOf(UserRef user, String pollKey) {
    return Optional.ofNullable(
        redis.hget(Keys.of(user.workspace(), ANSWERS, pollKey), user.userId()));
  }

  @Override
  public Map<String, Long> distribution(UserRef anyoneInWorkspace, String pollKey) {
    Map<String, Long> counts = new TreeMap<>();
    for (String option : redis.hvals(Keys.of(anyoneInWorkspace.workspace(), ANSWERS, pollKey))) {
      counts.merge(option, 1L, Long::sum);
    }
    return counts;
  }

  /**
   * The counts key that goes with {@code key} if it is a poll's answers; otherwise null. Whoever
   * removes an answer deletes it.
   */
  static String countsKeyOf(String key) {
    String marker = "}:" + ANSWERS + ":";
    int at = key.indexOf(marker);
    return at < 0
        ? null
        : key.substring(0, at) + "}:" + COUNTS + ":" + key.substring(at + marker.length());
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
