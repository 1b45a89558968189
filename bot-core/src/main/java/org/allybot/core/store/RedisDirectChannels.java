package org.allybot.core.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLongArray;
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
 * member on this instance are serialised, so concurrent deliveries to a new member open once: a
 * second open waits for the one in flight and takes its conversation. Opens of different members
 * never wait on each other, since an open may wait a while for its workspace's open rate. Each of a
 * set of stripes remembers when it last stored a conversation, and an open reads the hash again
 * only if that was after the caller's own lookup.
 */
public final class RedisDirectChannels implements DirectChannels {
  private static final int STRIPES = 1024;

  private final UnifiedJedis redis;
  private final Map<UserRef, CompletableFuture<Recipient>> opening = new ConcurrentHashMap<>();

  /** {@link System#nanoTime()} after the last store under each stripe. */
  private final AtomicLongArray lastStored = new AtomicLongArray(STRIPES);

  public RedisDirectChannels(UnifiedJedis redis) {
    this.redis = redis;
    long now = System.nanoTime();
    for (int i = 0; i < STRIPES; i++) {
      lastStored.set(i, now);
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
    CompletableFuture<Recipient> mine = new CompletableFuture<>();
    CompletableFuture<Recipient> inFlight = opening.putIfAbsent(user, mine);
    if (inFlight != null) {
      return outcome(inFlight);
    }
    try {
      Recipient opened = openOnce(user, platform, lookedUpAt);
      mine.complete(opened);
      return opened;
    } catch (DeliveryException | RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      opening.remove(user, mine);
    }
  }

  /**
   * What the open in flight for the same member came to: its conversation, or its failure, which
   * this delivery then retries as its own.
   */
  private static Recipient outcome(CompletableFuture<Recipient> inFlight) throws DeliveryException {
    try {
      return inFlight.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException.Transient("interrupted while another open was in flight");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof DeliveryException failed) {
        throw failed;
      }
      if (e.getCause() instanceof RuntimeException failed) {
        throw failed;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Recipient openOnce(UserRef user, ChatPlatform platform, long lookedUpAt)
      throws DeliveryException {
    int stripe = Math.floorMod(user.hashCode(), STRIPES);
    // A store that finished before the lookup began was seen by it; only a later one may hide.
    if (lastStored.get(stripe) - lookedUpAt >= 0) {
      String stored = redis.hget(key(user.workspace()), user.userId());
      if (stored != null) {
        return new Recipient(user.workspace(), stored);
      }
    }
    Recipient opened = platform.openDirect(user);
    redis.hset(key(user.workspace()), user.userId(), opened.conversationId());
    lastStored.set(stripe, System.nanoTime());
    return opened;
  }

  @Override
  public void forget(UserRef user) {
    redis.hdel(key(user.workspace()), user.userId());
  }

  static String key(WorkspaceId workspace) {
    return Keys.of(workspace, "direct-channels");
  }
}
