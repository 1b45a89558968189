package org.allybot.core.store;

import java.util.ArrayList;
import java.util.List;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.ParkedDeliveries;
import org.allybot.core.delivery.ParkedDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;

/** Parked deliveries as a capped list per workspace, newest at the head. */
public final class RedisParkedDeliveries implements ParkedDeliveries {
  private static final Logger log = LoggerFactory.getLogger(RedisParkedDeliveries.class);

  private final UnifiedJedis redis;

  public RedisParkedDeliveries(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public void park(ParkedDelivery parked) {
    String key = key(parked.workspace());
    try (AbstractTransaction tx = SlotTransaction.open(redis, key)) {
      tx.lpush(key, Json.write(parked));
      tx.ltrim(key, 0, KEPT - 1);
      tx.exec();
    }
  }

  @Override
  public List<ParkedDelivery> list(WorkspaceId workspace) {
    List<ParkedDelivery> parked = new ArrayList<>();
    for (String json : redis.lrange(key(workspace), 0, KEPT - 1)) {
      try {
        parked.add(Json.read(json, ParkedDelivery.class));
      } catch (RuntimeException e) {
        log.warn("skipping an unreadable parked delivery in {}", workspace.key());
      }
    }
    return parked;
  }

  static String key(WorkspaceId workspace) {
    return Keys.of(workspace, "deliveries", "parked");
  }
}
