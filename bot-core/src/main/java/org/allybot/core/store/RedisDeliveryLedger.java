package org.allybot.core.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.DeliveryLedger;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The delivery ledger: one key per delivery in its workspace's namespace, set with {@code SET NX}
 * to the sender's claim token, then {@code sent}. Keys expire after {@link #KEEP}, long after any
 * redelivery could happen.
 */
public final class RedisDeliveryLedger implements DeliveryLedger {
  static final Duration KEEP = Duration.ofDays(14);
  static final String SENT = DeliveryLedger.SENT;

  /** SET NX, or the value already there, in one round trip. */
  private static final String CLAIM =
      "if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) then return false end "
          + "return redis.call('GET', KEYS[1])";

  /** Compare and set. */
  private static final String TAKE_OVER =
      "if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end "
          + "redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) return 1";

  private final UnifiedJedis redis;

  public RedisDeliveryLedger(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public Optional<String> claim(WorkspaceId workspace, String deliveryId, String token) {
    Object held =
        redis.eval(
            CLAIM,
            List.of(key(workspace, deliveryId)),
            List.of(token, Long.toString(KEEP.toSeconds())));
    return Optional.ofNullable(held).map(String::valueOf);
  }

  @Override
  public boolean takeOver(WorkspaceId workspace, String deliveryId, String expected, String token) {
    Object done =
        redis.eval(
            TAKE_OVER,
            List.of(key(workspace, deliveryId)),
            List.of(expected, token, Long.toString(KEEP.toSeconds())));
    return Long.valueOf(1).equals(done);
  }

  /**
   * Replaces each delivery's claim with {@code sent}, only where the claim is still there ({@code
   * SET XX}): every send is claimed first, and a claim that is gone was deleted with its member or
   * workspace (forget-me, purge) while the send was in flight, which must not bring the key back.
   */
  @Override
  public void markSent(List<Delivery> deliveries) {
    if (deliveries.isEmpty()) {
      return;
    }
    try (AbstractPipeline pipeline = redis.pipelined()) {
      deliveries.forEach(d ->
          pipeline.set(
              key(d.workspace(), d.id()), SENT, SetParams.setParams().xx().ex(KEEP.toSeconds())));
      pipeline.sync();
    }
  }

  @Override
  public void release(WorkspaceId workspace, String deliveryId) {
    redis.del(key(workspace, deliveryId));
  }

  static String key(WorkspaceId workspace, String deliveryId) {
    return Keys.of(workspace, "delivery", deliveryId);
  }
}
