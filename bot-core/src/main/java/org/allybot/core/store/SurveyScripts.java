package org.allybot.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/** The script that records a survey answer and moves its figures in one atomic step. */
final class SurveyScripts {
  /**
   * KEYS: the person's answers, the round's stats, the question's texts, then per pairing the other
   * round's answers of the same person and the pairing's figures. ARGV: question, stored answer,
   * the survey's question count, pseudonym, words, choice count, then per pairing 1 (this round is
   * after) or -1 (before). Returns 1 when recorded, 0 when the question already had an answer.
   *
   * <p>Each figure has a released copy ({@code pub:}), refreshed only when its count has moved by 5
   * or more since the last release: a report reads only released copies, so no two reports differ
   * by fewer than 5 people's answers.
   */
  static final String RECORD =
      """
      local q, v = ARGV[1], ARGV[2]
      if redis.call('HSETNX', KEYS[1], q, v) == 0 then
        return 0
      end
      local function release(h, item, fields)
        local n = tonumber(redis.call('HGET', h, item .. ':n') or '0')
        local shown = tonumber(redis.call('HGET', h, 'pub:' .. item .. ':n') or '0')
        if math.abs(n - shown) >= 5 then
          for _, f in ipairs(fields) do
            local live = redis.call('HGET', h, item .. ':' .. f) or '0'
            redis.call('HSET', h, 'pub:' .. item .. ':' .. f, live)
          end
        end
      end
      local function add(h, item, x)
        redis.call('HINCRBY', h, item .. ':n', 1)
        redis.call('HINCRBY', h, item .. ':sum', x)
        redis.call('HINCRBY', h, item .. ':sq', x * x)
        release(h, item, {'n', 'sum', 'sq'})
      end
      local answered = redis.call('HLEN', KEYS[1])
      if answered == 1 then
        redis.call('HINCRBY', KEYS[2], 'started:n', 1)
        release(KEYS[2], 'started', {'n'})
      end
      if answered == tonumber(ARGV[3]) then
        redis.call('HSET', KEYS[1], '~done', '1')
        redis.call('HINCRBY', KEYS[2], 'completed:n', 1)
        release(KEYS[2], 'completed', {'n'})
      end
      local kind = string.sub(v, 1, 1)
      if kind == 'L' then
        local x = tonumber(string.sub(v, 2))
        add(KEYS[2], q, x)
        for j = 1, (#KEYS - 3) / 2 do
          local other = redis.call('HGET', KEYS[2 + 2 * j], q)
          if other and string.sub(other, 1, 1) == 'L' then
            add(KEYS[3 + 2 * j], q, (x - tonumber(string.sub(other, 2))) * tonumber(ARGV[6 + j]))
          end
        end
      elseif kind == 'C' then
        redis.call('HINCRBY', KEYS[2], q .. ':n', 1)
        redis.call('HINCRBY', KEYS[2], q .. ':c:' .. string.sub(v, 2), 1)
        local fields = {'n'}
        for i = 0, tonumber(ARGV[6]) - 1 do
          fields[#fields + 1] = 'c:' .. i
        end
        release(KEYS[2], q, fields)
      elseif kind == 'T' then
        redis.call('HINCRBY', KEYS[2], q .. ':n', 1)
        redis.call('HSET', KEYS[3], ARGV[4], ARGV[5])
        release(KEYS[2], q, {'n'})
      end
      return 1
      """;

  private static final String RECORD_SHA = sha1(RECORD);

  private final UnifiedJedis redis;

  SurveyScripts(UnifiedJedis redis) {
    this.redis = redis;
  }

  long record(List<String> keys, List<String> args) {
    Object reply = ReplicatedEval.eval(redis, RECORD, RECORD_SHA, keys, args);
    return (Long) reply;
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
