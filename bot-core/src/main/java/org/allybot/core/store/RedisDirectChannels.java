package org.allybot.core.store;

import java.util.concurrent.locks.ReentrantLock;
import org.allybot.core.ChatPlatform;
import org.allybot.core.DeliveryException;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;
import org.allybot.core.delivery.DirectChannels;
import redis.clients.jedis.UnifiedJedis;

/**
 * Direct conversation ids in one hash per workspace, user id to conversation id. Opens for the same
 * member on this instance are serialised, so concurrent deliveries to a new member open once.
 */
public final class RedisDirectChannels implements DirectChannels {
  private static final int STRIPES = 64;

  private final UnifiedJedis redis;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  public RedisDirectChannels(UnifiedJedis redis) {
    this.redis = redis;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  @Override
  public Recipient recipientFor(UserRef user, ChatPlatform platform) throws DeliveryException {
    Recipient known = known(user);
    if (known != null) {
      return known;
    }
    ReentrantLock lock = locks[Math.floorMod(user.hashCode(), STRIPES)];
    lock.lock();
    try {
      known = known(user);
      if (known != null) {
        return known;
      }
      Recipient opened = platform.openDirect(user);
      redis.hset(key(user), user.userId(), opened.conversationId());
      return opened;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void forget(UserRef user) {
    redis.hdel(key(user), user.userId());
  }

  private Recipient known(UserRef user) {
    String conversationId = redis.hget(key(user), user.userId());
    return conversationId == null ? null : new Recipient(user.workspace(), conversationId);
  }

  static String key(UserRef user) {
    return Keys.of(user.workspace(), "direct-channels");
  }
}
