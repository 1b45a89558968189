package org.allybot.core.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.allybot.core.ChatPlatform;
import org.allybot.core.DeliveryException;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.DirectChannels;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * Direct conversation ids in one hash per workspace, user id to conversation id. Opens for the same
 * member on this instance are serialised, so concurrent deliveries to a new member open once: each
 * lock stripe remembers when it last stored a conversation, and an open reads the hash again only
 * if that was after the caller's own lookup.
 */
public final class RedisDirectChannels implements DirectChannels {
  private static final int STRIPES = 1024;

  private final UnifiedJedis redis;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  /** {@link System#nanoTime()} after the last store under each stripe; guarded by its lock. */
  private final long[] lastStored = new long[STRIPES];

  public RedisDirectChannels(UnifiedJedis redis) {
    this.redis = redis;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
      lastStored[i] = System.nanoTime();
    }
  }

  /** One {@code HMGET} per workspace, all in one round trip. */
  @Override
  public Map<UserRef, Recipient> known(Collection<UserRef> users) {
    Map<WorkspaceId, List<UserRef>> groups = UsersByWorkspace.group(users);
    Map<WorkspaceId, Response<List<String>>> replies = new HashMap<>();
    try (AbstractPipeline pipeline = redis.pipelined()) {
      groups.forEach((workspace, group) ->
          replies.put(
              workspace,
              pipeline.hmget(
                  key(workspace), group.stream().map(UserRef::userId).toArray(String[]::new))));
      pipeline.sync();
    }
    Map<UserRef, Recipient> known = new HashMap<>();
    groups.forEach((workspace, group) -> {
      List<String> ids = replies.get(workspace).get();
      for (int i = 0; i < group.size(); i++) {
        if (ids.get(i) != null) {
          known.put(group.get(i), new Recipient(workspace, ids.get(i)));
        }
      }
    });
    return known;
  }

  @Override
  public Recipient open(UserRef user, ChatPlatform platform, long lookedUpAt)
      throws DeliveryException {
    int stripe = Math.floorMod(user.hashCode(), STRIPES);
    locks[stripe].lock();
    try {
      // A store that finished before the lookup began was seen by it; only a later one may hide.
      if (lastStored[stripe] - lookedUpAt >= 0) {
        String stored = redis.hget(key(user.workspace()), user.userId());
        if (stored != null) {
          return new Recipient(user.workspace(), stored);
        }
      }
      Recipient opened = platform.openDirect(user);
      redis.hset(key(user.workspace()), user.userId(), opened.conversationId());
      lastStored[stripe] = System.nanoTime();
      return opened;
    } finally {
      locks[stripe].unlock();
    }
  }

  @Override
  public void forget(UserRef user) {
    redis.hdel(key(user.workspace()), user.userId());
  }

  static String key(WorkspaceId workspace) {
    return Keys.of(workspace, "direct-channels");
  }
}
