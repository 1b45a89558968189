package org.allybot.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one script that keeps the shared send budget. Every key of a call belongs to one workspace,
 * so they share its hash tag and one Cluster slot.
 *
 * <p>KEYS: the workspace's pause key, then one hash per bucket ({@code t} tokens, {@code at} the
 * time they were counted). ARGV: the operation ({@code take}, {@code settle}, {@code giveback},
 * {@code peek} (one bucket, nothing written) or {@code pause}), now in microseconds of the caller's
 * clock, then per bucket its rate per second and capacity; for {@code pause}, the end of the pause
 * instead. Returns {held (1 or 0), wait in microseconds}.
 *
 * <p>Time comes from the caller, never from Redis TIME, so tests drive it with a manual clock. It
 * never runs backwards for a bucket: a caller whose clock is behind another instance's counts from
 * the later time and waits longer, so clock skew can slow the sending but never speed it up. A
 * pause is applied to a bucket lazily, the first time the bucket is read after it: the bucket then
 * keeps at most one token and saves nothing up during the pause, as the platform expects.
 */
final class SendBudgetScript {
  static final String SOURCE =
      """
      local op, now = ARGV[1], tonumber(ARGV[2])
      local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
      local function fmt(x) return string.format('%.17g', x) end
      if op == 'pause' then
        local untilT = tonumber(ARGV[3])
        if untilT > paused then
          local ttl = math.max(1, math.ceil((untilT - now) / 1000)) + 60000
          redis.call('SET', KEYS[1], fmt(untilT), 'PX', ttl)
        end
        return {1, 0}
      end
      if op == 'settle' then
        if now >= paused then
          return {1, 0}
        end
        op = 'giveback'
      elseif (op == 'take' or op == 'peek') and now < paused then
        return {0, math.ceil(paused - now)}
      end
      local wait = 0
      for i = 2, #KEYS do
        local rate = tonumber(ARGV[2 * i - 1]) / 1e6
        local cap = tonumber(ARGV[2 * i])
        local state = redis.call('HMGET', KEYS[i], 't', 'at')
        local tokens = tonumber(state[1]) or cap
        local at = tonumber(state[2]) or now
        if at < paused then
          tokens = math.min(tokens, 1)
          at = paused
        end
        if now > at then
          tokens = math.min(cap, tokens + (now - at) * rate)
          at = now
        end
        if op == 'take' or op == 'peek' then
          local missing = 1 - tokens
          if missing > 1e-9 then
            wait = math.max(wait, math.max(0, at - now) + math.ceil(missing / rate))
          end
        end
        if op == 'peek' then
          return {1, wait}
        elseif op == 'take' then
          tokens = tokens - 1
        else
          tokens = math.min(cap, tokens + 1)
        end
        redis.call('HSET', KEYS[i], 't', fmt(tokens), 'at', fmt(at))
        local toFull = math.max(0, at - now) + math.max(0, cap - tokens) / rate
        redis.call('PEXPIRE', KEYS[i], math.ceil(toFull / 1000) + 60000)
      end
      if now < paused then
        return {0, math.ceil(paused - now)}
      end
      return {1, wait}
      """;

  static final String SHA = sha1(SOURCE);

  private SendBudgetScript() {}

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
