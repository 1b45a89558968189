package org.allybot.core.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.DeliveryQueue;
import org.allybot.core.delivery.QueuedDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamPendingEntry;

/**
 * The delivery queue as a Redis Stream with one consumer group, {@value #GROUP}. Each entry holds
 * one delivery as JSON; acknowledged entries are deleted, so the stream's length is what is left to
 * do.
 */
public final class RedisDeliveryQueue implements DeliveryQueue {
  static final String GROUP = "senders";
  static final String FIELD = "delivery";
  private static final Logger log = LoggerFactory.getLogger(RedisDeliveryQueue.class);

  /** As much as a consumer ever holds: what a delivery worker reads ahead (its MAX_HELD). */
  private static final int HAND_OVER_MAX = 100_000;

  /**
   * The oldest entry's age by Redis's own clock: a stream id is Redis's time in milliseconds, so it
   * is compared with Redis's TIME, never with the application's clock (they may disagree).
   */
  private static final String OLDEST_AGE =
      "local e = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', 1) "
          + "if #e == 0 then return -1 end "
          + "local t = redis.call('TIME') "
          + "local at = tonumber(string.match(e[1][1], '^(%d+)')) "
          + "return math.max(0, tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) - at)";

  private final UnifiedJedis redis;
  private final RedisStreamGroup stream;
  private final String key;

  public RedisDeliveryQueue(UnifiedJedis redis) {
    this.redis = redis;
    this.stream = new RedisStreamGroup(redis, Keys.global("deliveries"), GROUP);
    this.key = stream.key();
  }

  @Override
  public String enqueue(Delivery delivery) {
    return stream.withGroup(
        () -> redis.xadd(key, XAddParams.xAddParams(), fields(delivery)).toString());
  }

  @Override
  public void enqueueAll(List<Delivery> deliveries) {
    stream.withGroup(() -> {
      try (AbstractPipeline pipeline = redis.pipelined()) {
        deliveries.forEach(d -> pipeline.xadd(key, XAddParams.xAddParams(), fields(d)));
        pipeline.sync();
      }
      return null;
    });
  }

  @Override
  public List<QueuedDelivery> read(String consumer, int max, Duration blockFor) {
    return stream.read(consumer, max, blockFor, this::decode);
  }

  @Override
  public List<QueuedDelivery> reclaim(String consumer, Duration minIdle, int max) {
    return stream.reclaim(consumer, minIdle, max, this::decode);
  }

  @Override
  public void touchAll(String consumer, List<QueuedDelivery> entries) {
    stream.touch(consumer, ids(entries));
  }

  @Override
  public int handOver(String consumer, Duration idle) {
    StreamEntryID[] held =
        stream
            .withGroup(() ->
                redis.xpending(
                    key,
                    GROUP,
                    XPendingParams.xPendingParams("-", "+", HAND_OVER_MAX).consumer(consumer)))
            .stream()
            .map(StreamPendingEntry::getID)
            .toArray(StreamEntryID[]::new);
    if (held.length > 0) {
      // Claimed by the same consumer, but looking idle that long: the next reclaim takes them.
      stream.withGroup(() ->
          redis.xclaimJustId(
              key, GROUP, consumer, 0, XClaimParams.xClaimParams().idle(idle.toMillis()), held));
    }
    return held.length;
  }

  @Override
  public void ackAll(List<QueuedDelivery> entries) {
    if (!entries.isEmpty()) {
      ack(ids(entries));
    }
  }

  @Override
  public long pending() {
    return redis.xlen(key);
  }

  @Override
  public Optional<Duration> oldestAge() {
    Object age = redis.eval(OLDEST_AGE, List.of(key), List.of());
    long millis = age instanceof Long l ? l : -1;
    return millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
  }

  /** Acknowledges and deletes in one round trip: this runs once per batch of deliveries. */
  private void ack(StreamEntryID... ids) {
    stream.withGroup(() -> {
      Response<Long> acked;
      try (AbstractPipeline pipeline = redis.pipelined()) {
        acked = pipeline.xack(key, GROUP, ids);
        pipeline.xdel(key, ids);
        pipeline.sync();
      }
      return acked.get();
    });
  }

  private static StreamEntryID[] ids(List<QueuedDelivery> entries) {
    return RedisStreamGroup.ids(entries.stream().map(QueuedDelivery::entryId).toList());
  }

  private static Map<String, String> fields(Delivery delivery) {
    return Map.of(FIELD, Json.write(delivery));
  }

  /** The entry's delivery; a malformed one is acknowledged and dropped, logged by entry id only. */
  private Optional<QueuedDelivery> decode(StreamEntry entry) {
    try {
      Delivery delivery = Json.read(entry.getFields().get(FIELD), Delivery.class);
      if (delivery.id() == null
          || delivery.id().isBlank()
          || delivery.workspace() == null
          || delivery.kind() == null
          || delivery.userId() == null
          || delivery.channelId() == null
          || (delivery.userId().isEmpty() && delivery.channelId().isEmpty())) {
        throw new IllegalStateException("incomplete delivery");
      }
      return Optional.of(new QueuedDelivery(entry.getID().toString(), delivery));
    } catch (RuntimeException e) {
      log.warn("dropping malformed delivery entry {}: {}", entry.getID(), e.getClass().getName());
      ack(entry.getID());
      return Optional.empty();
    }
  }
}
