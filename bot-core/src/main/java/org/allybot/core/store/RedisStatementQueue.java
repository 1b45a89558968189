package org.allybot.core.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.xapi.QueuedStatement;
import org.allybot.core.xapi.Statement;
import org.allybot.core.xapi.StatementQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * The xAPI statements waiting for the LRS, as a Redis Stream with one consumer group, {@value
 * #GROUP}; settled entries are deleted, so the stream's length is what waits. Refused statements go
 * to a list capped at {@value #KEPT} (newest first) for an operator, kept {@value #KEPT_DAYS} days
 * after the last one (they may hold e-mails), and a counter that only grows.
 */
public final class RedisStatementQueue implements StatementQueue {
  static final String GROUP = "lrs";
  static final int KEPT = 1000;
  static final int KEPT_DAYS = 30;
  private static final String ID = "id";
  private static final String JSON = "statement";
  private static final Logger log = LoggerFactory.getLogger(RedisStatementQueue.class);

  private final UnifiedJedis redis;
  private final RedisStreamGroup stream;
  private final String key = Keys.global("xapi", "statements");
  private final String setAsideKey = Keys.global("xapi", "set-aside");
  private final String setAsideCountKey = Keys.global("xapi", "set-aside-count");

  public RedisStatementQueue(UnifiedJedis redis) {
    this.redis = redis;
    this.stream = new RedisStreamGroup(redis, key, GROUP);
  }

  @Override
  public void append(Statement statement) {
    stream.withGroup(() ->
        redis.xadd(
            key, XAddParams.xAddParams(), Map.of(ID, statement.id(), JSON, statement.json())));
  }

  @Override
  public List<QueuedStatement> read(String consumer, int max, Duration blockFor) {
    return stream.read(consumer, max, blockFor, this::decode);
  }

  @Override
  public List<QueuedStatement> reclaim(String consumer, Duration minIdle, int max) {
    return stream.reclaim(consumer, minIdle, max, this::decode);
  }

  @Override
  public void touch(String consumer, List<QueuedStatement> entries) {
    stream.touch(consumer, ids(entries));
  }

  @Override
  public void ack(List<QueuedStatement> entries) {
    if (!entries.isEmpty()) {
      settle(ids(entries), List.of());
    }
  }

  @Override
  public void setAside(List<QueuedStatement> entries, int status) {
    if (!entries.isEmpty()) {
      settle(
          ids(entries),
          entries.stream()
              .map(e -> Json.write(new SetAside(status, e.entryId(), e.statement().json())))
              .toList());
    }
  }

  @Override
  public long waiting() {
    return redis.xlen(key);
  }

  @Override
  public long setAsideCount() {
    String count = redis.get(setAsideCountKey);
    return count == null ? 0 : Long.parseLong(count);
  }

  /** Acknowledges and deletes the entries, keeping and counting any set aside, in one trip. */
  private void settle(StreamEntryID[] ids, List<String> setAside) {
    stream.withGroup(() -> {
      try (AbstractPipeline pipeline = redis.pipelined()) {
        if (!setAside.isEmpty()) {
          pipeline.lpush(setAsideKey, setAside.toArray(String[]::new));
          pipeline.ltrim(setAsideKey, 0, KEPT - 1);
          pipeline.expire(setAsideKey, Duration.ofDays(KEPT_DAYS).toSeconds());
          pipeline.incrBy(setAsideCountKey, setAside.size());
        }
        pipeline.xack(key, GROUP, ids);
        pipeline.xdel(key, ids);
        pipeline.sync();
      }
      return null;
    });
  }

  private static StreamEntryID[] ids(List<QueuedStatement> entries) {
    return RedisStreamGroup.ids(entries.stream().map(QueuedStatement::entryId).toList());
  }

  /** The entry's statement; an unreadable one is set aside with status 0, logged by entry id. */
  private Optional<QueuedStatement> decode(StreamEntry entry) {
    String id = entry.getFields().get(ID);
    String json = entry.getFields().get(JSON);
    if (id != null && !id.isBlank() && json != null && json.startsWith("{")) {
      return Optional.of(new QueuedStatement(entry.getID().toString(), new Statement(id, json)));
    }
    log.warn("xAPI: setting aside unreadable statement entry {}", entry.getID());
    settle(
        new StreamEntryID[] {entry.getID()},
        List.of(Json.write(new SetAside(0, entry.getID().toString(), ""))));
    return Optional.empty();
  }

  /** A refused statement as kept for an operator: the LRS's status and the statement sent. */
  record SetAside(int status, String entryId, String statement) {}
}
