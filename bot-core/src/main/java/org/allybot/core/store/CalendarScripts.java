package org.allybot.core.store;

/** The calendar's Lua scripts: each runs whole, so two answers at once never share a place. */
final class CalendarScripts {
  private CalendarScripts() {}

  /**
   * KEYS: answers hash, waitlist zset, arrival counter; ARGV: user, wanted answer, capacity (0: no
   * limit). Returns {before, now, promoted user or ''}. Asking again for what one has (or "going"
   * while waitlisted) changes nothing, so a duplicate click is harmless.
   */
  static final String ANSWER =
      """
      local before = redis.call('HGET', KEYS[1], ARGV[1]) or ''
      local want = ARGV[2]
      if before == want or (before == 'waitlist' and want == 'going') then
        return {before, before, ''}
      end
      local cap = tonumber(ARGV[3])
      local now = want
      if want == 'going' and cap > 0 then
        local going = 0
        for _, v in ipairs(redis.call('HVALS', KEYS[1])) do
          if v == 'going' then going = going + 1 end
        end
        if going >= cap then now = 'waitlist' end
      end
      redis.call('HSET', KEYS[1], ARGV[1], now)
      if now == 'waitlist' then
        redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[3]), ARGV[1])
      else
        redis.call('ZREM', KEYS[2], ARGV[1])
      end
      local promoted = ''
      if before == 'going' then
        local first = redis.call('ZRANGE', KEYS[2], 0, 0)
        if #first > 0 then
          promoted = first[1]
          redis.call('ZREM', KEYS[2], promoted)
          redis.call('HSET', KEYS[1], promoted, 'going')
        end
      end
      return {before, now, promoted}
      """;

  /** KEYS: answers hash, waitlist zset; ARGV: capacity (0: no limit). Returns those let in. */
  static final String FILL =
      """
      local cap = tonumber(ARGV[1])
      local going = 0
      for _, v in ipairs(redis.call('HVALS', KEYS[1])) do
        if v == 'going' then going = going + 1 end
      end
      local moved = {}
      while cap == 0 or going < cap do
        local first = redis.call('ZRANGE', KEYS[2], 0, 0)
        if #first == 0 then break end
        redis.call('ZREM', KEYS[2], first[1])
        redis.call('HSET', KEYS[1], first[1], 'going')
        table.insert(moved, first[1])
        going = going + 1
      end
      return moved
      """;
}
