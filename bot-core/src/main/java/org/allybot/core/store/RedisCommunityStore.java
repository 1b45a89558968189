package org.allybot.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.community.CommunitySetup;
import org.allybot.core.community.CommunityStore;
import org.allybot.core.community.Post;
import org.allybot.core.community.Question;
import org.allybot.core.community.ThreadReply;
import redis.clients.jedis.UnifiedJedis;

/**
 * The community under {@code community:*} in each workspace: the setup as JSON, one JSON value per
 * post ({@code post:N}), each thread's reply numbers, channel message ids, and the questions still
 * waiting for advice. No key or value here holds the author of an anonymous post.
 */
public final class RedisCommunityStore implements CommunityStore {
  private static final int BATCH = 200;
  private static final long NUDGED_SECONDS = 15L * 24 * 3600;
  private static final String WORKSPACES = Keys.global("community-workspaces");

  private final UnifiedJedis redis;

  public RedisCommunityStore(UnifiedJedis redis) {
    this.redis = redis;
  }

  /** A key of the community namespace; every community key starts with {@code prefix(ws)}. */
  static String key(WorkspaceId ws, String... parts) {
    String[] all = new String[parts.length + 1];
    all[0] = "community";
    System.arraycopy(parts, 0, all, 1, parts.length);
    return Keys.of(ws, all);
  }

  /** The start of every community key of a workspace. */
  public static String prefix(WorkspaceId ws) {
    return Keys.of(ws, "community") + ":";
  }

  /** A post as stored: exactly one of the two is set. */
  record StoredPost(Question question, ThreadReply reply) {
    Post post() {
      return question != null ? question : reply;
    }
  }

  @Override
  public Optional<CommunitySetup> setup(WorkspaceId ws) {
    return Optional.ofNullable(redis.get(key(ws, "setup")))
        .map(j -> Json.read(j, CommunitySetup.class));
  }

  @Override
  public void saveSetup(WorkspaceId ws, CommunitySetup setup) {
    redis.set(key(ws, "setup"), Json.write(setup));
    redis.sadd(WORKSPACES, ws.key());
  }

  @Override
  public List<WorkspaceId> workspaces() {
    return redis.smembers(WORKSPACES).stream()
        .sorted()
        .map(RedisCommunityStore::workspaceOf)
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<WorkspaceId> workspaceOf(String key) {
    int colon = key.indexOf(':');
    try {
      return Optional.of(
          new WorkspaceId(
              Platform.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT)),
              key.substring(colon + 1)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public void dropWorkspace(WorkspaceId ws) {
    redis.srem(WORKSPACES, ws.key());
  }

  @Override
  public int nextNumber(WorkspaceId ws) {
    return Math.toIntExact(redis.incr(key(ws, "seq")));
  }

  @Override
  public void save(WorkspaceId ws, Post post) {
    StoredPost stored =
        switch (post) {
          case Question q -> new StoredPost(q, null);
          case ThreadReply r -> new StoredPost(null, r);
        };
    redis.set(key(ws, "post", Integer.toString(post.number())), Json.write(stored));
    if (post instanceof Question q && !q.messageId().isEmpty()) {
      redis.hset(key(ws, "messages"), q.messageId(), Integer.toString(q.number()));
    }
    if (post instanceof ThreadReply r) {
      redis.zadd(
          key(ws, "thread", Integer.toString(r.question()), "replies"),
          r.number(),
          Integer.toString(r.number()));
    }
  }

  @Override
  public Optional<Post> post(WorkspaceId ws, int number) {
    return Optional.ofNullable(redis.get(key(ws, "post", Integer.toString(number))))
        .map(j -> Json.read(j, StoredPost.class).post());
  }

  @Override
  public List<Post> posts(WorkspaceId ws) {
    String seq = redis.get(key(ws, "seq"));
    int last = seq == null ? 0 : Integer.parseInt(seq);
    List<Post> posts = new ArrayList<>();
    for (int from = 1; from <= last; from += BATCH) {
      List<String> keys = new ArrayList<>();
      for (int n = from; n < Math.min(last + 1, from + BATCH); n++) {
        keys.add(key(ws, "post", Integer.toString(n)));
      }
      redis.mget(keys.toArray(String[]::new)).stream()
          .filter(Objects::nonNull)
          .map(j -> Json.read(j, StoredPost.class).post())
          .forEach(posts::add);
    }
    return posts;
  }

  @Override
  public List<ThreadReply> replies(WorkspaceId ws, int question) {
    return redis.zrange(key(ws, "thread", Integer.toString(question), "replies"), 0, -1).stream()
        .map(n -> post(ws, Integer.parseInt(n)))
        .flatMap(Optional::stream)
        .filter(ThreadReply.class::isInstance)
        .map(ThreadReply.class::cast)
        .toList();
  }

  @Override
  public Optional<Integer> questionAt(WorkspaceId ws, String messageId) {
    if (messageId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(redis.hget(key(ws, "messages"), messageId)).map(Integer::valueOf);
  }

  @Override
  public void awaitAdvice(WorkspaceId ws, int question, Instant since) {
    redis.zadd(key(ws, "awaiting"), since.getEpochSecond(), Integer.toString(question));
  }

  @Override
  public void stopAwaiting(WorkspaceId ws, int question) {
    redis.zrem(key(ws, "awaiting"), Integer.toString(question));
  }

  @Override
  public List<Integer> awaitingSince(WorkspaceId ws, Instant cutoff) {
    return redis.zrangeByScore(key(ws, "awaiting"), 0, cutoff.getEpochSecond()).stream()
        .map(Integer::valueOf)
        .toList();
  }

  @Override
  public boolean markNudged(WorkspaceId ws, String week, int question) {
    String key = key(ws, "nudged", week);
    boolean added = redis.sadd(key, Integer.toString(question)) == 1;
    redis.expire(key, NUDGED_SECONDS);
    return added;
  }
}
