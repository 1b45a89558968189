package org.allybot.core.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * A Redis Stream read by one consumer group, as the work queues use it: the group is created on
 * first use, and again if the stream was deleted; entries are read, reclaimed from consumers idle
 * too long, and touched to keep them claimed. Each queue decodes entries its own way.
 */
final class RedisStreamGroup {
  private static final int MAX_RECLAIM_SCANS = 10;

  private final UnifiedJedis redis;
  private final String key;
  private final String group;
  private volatile boolean groupReady;

  RedisStreamGroup(UnifiedJedis redis, String key, String group) {
    this.redis = redis;
    this.key = key;
    this.group = group;
  }

  String key() {
    return key;
  }

  String group() {
    return group;
  }

  /** Up to {@code max} entries no consumer has had, waiting up to {@code blockFor} for one. */
  <T> List<T> read(
      String consumer, int max, Duration blockFor, Function<StreamEntry, Optional<T>> decode) {
    XReadGroupParams params = XReadGroupParams.xReadGroupParams().count(max);
    if (blockFor.toMillis() > 0) {
      params.block((int) Math.min(Integer.MAX_VALUE, blockFor.toMillis()));
    }
    var streams =
        withGroup(() ->
            redis.xreadGroup(
                group, consumer, params, Map.of(key, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY)));
    List<T> read = new ArrayList<>();
    if (streams != null) {
      streams.forEach(
          stream -> stream.getValue().forEach(e -> decode.apply(e).ifPresent(read::add)));
    }
    return read;
  }

  /** Claims for {@code consumer} up to {@code max} entries idle for {@code minIdle} or longer. */
  <T> List<T> reclaim(
      String consumer, Duration minIdle, int max, Function<StreamEntry, Optional<T>> decode) {
    List<T> claimed = new ArrayList<>();
    StreamEntryID cursor = new StreamEntryID();
    for (int scan = 0; scan < MAX_RECLAIM_SCANS && claimed.size() < max; scan++) {
      StreamEntryID from = cursor;
      var page =
          withGroup(() ->
              redis.xautoclaim(
                  key,
                  group,
                  consumer,
                  minIdle.toMillis(),
                  from,
                  XAutoClaimParams.xAutoClaimParams().count(max - claimed.size())));
      page.getValue().stream()
          .filter(e -> e != null && e.getFields() != null)
          .forEach(e -> decode.apply(e).ifPresent(claimed::add));
      cursor = page.getKey();
      if (cursor == null || cursor.equals(new StreamEntryID())) {
        break;
      }
    }
    return claimed;
  }

  /** Claims the entries again for {@code consumer}, which resets their idle time. */
  void touch(String consumer, StreamEntryID[] ids) {
    if (ids.length > 0) {
      withGroup(
          () -> redis.xclaimJustId(key, group, consumer, 0, XClaimParams.xClaimParams(), ids));
    }
  }

  static StreamEntryID[] ids(List<String> entryIds) {
    return entryIds.stream().map(StreamEntryID::new).toArray(StreamEntryID[]::new);
  }

  /** Runs a stream command, creating the group first, and again if the stream was deleted. */
  <T> T withGroup(Supplier<T> command) {
    ensureGroup();
    try {
      return command.get();
    } catch (JedisDataException e) {
      if (e.getMessage() == null || !e.getMessage().startsWith("NOGROUP")) {
        throw e;
      }
      groupReady = false;
      ensureGroup();
      return command.get();
    }
  }

  private void ensureGroup() {
    if (groupReady) {
      return;
    }
    try {
      redis.xgroupCreate(key, group, new StreamEntryID(), true);
    } catch (JedisDataException e) {
      if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
        throw e;
      }
    }
    groupReady = true;
  }
}
