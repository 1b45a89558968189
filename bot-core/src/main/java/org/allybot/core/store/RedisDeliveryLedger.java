package org.allybot.core.store;

import java.time.Duration;
import java.util.List;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.DeliveryLedger;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The delivery ledger: one key per delivery in its workspace's namespace, set with {@code SET NX}
 * to {@code sending}, then {@code sent}. Keys expire after {@link #KEEP}, long after any redelivery
 * could happen.
 */
public final class RedisDeliveryLedger implements DeliveryLedger {
  static final Duration KEEP = Duration.ofDays(14);
  static final String SENDING = "sending";
  static final String SENT = "sent";

  private final UnifiedJedis redis;

  public RedisDeliveryLedger(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public boolean begin(WorkspaceId workspace, String deliveryId) {
    String reply =
        redis.set(
            key(workspace, deliveryId), SENDING, SetParams.setParams().nx().ex(KEEP.toSeconds()));
    return "OK".equals(reply);
  }

  @Override
  public void markSent(List<Delivery> deliveries) {
    if (deliveries.isEmpty()) {
      return;
    }
    try (AbstractPipeline pipeline = redis.pipelined()) {
      deliveries.forEach(d ->
          pipeline.set(
              key(d.workspace(), d.id()), SENT, SetParams.setParams().ex(KEEP.toSeconds())));
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
