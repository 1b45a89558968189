package org.allybot.core;

import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** Every key in Redis with its value as text, for tests that search the store for a word. */
public final class RedisContents {
  private RedisContents() {}

  /** One line per key: the key, then its value whatever its type (streams included). */
  public static String dump(UnifiedJedis redis) {
    StringBuilder all = new StringBuilder();
    String cursor = ScanParams.SCAN_POINTER_START;
    List<String> keys = new ArrayList<>();
    do {
      ScanResult<String> page = redis.scan(cursor, new ScanParams().count(1000));
      keys.addAll(page.getResult());
      cursor = page.getCursor();
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    for (String key : keys) {
      all.append(key).append(" = ").append(value(redis, key)).append('\n');
    }
    return all.toString();
  }

  private static String value(UnifiedJedis redis, String key) {
    return switch (redis.type(key)) {
      case "string" -> redis.get(key);
      case "hash" -> redis.hgetAll(key).toString();
      case "set" -> redis.smembers(key).toString();
      case "zset" -> redis.zrangeWithScores(key, 0, -1).toString();
      case "list" -> redis.lrange(key, 0, -1).toString();
      case "stream" -> redis.xrange(key, (redis.clients.jedis.StreamEntryID) null, null).toString();
      default -> "";
    };
  }
}
