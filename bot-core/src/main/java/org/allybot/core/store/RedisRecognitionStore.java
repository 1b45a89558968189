package org.allybot.core.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.MessageRef;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.recognition.Recognition;
import org.allybot.core.recognition.RecognitionStore;
import org.allybot.core.recognition.SharingPreference;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Recognitions as one hash per workspace (id to JSON), where their channel posts landed (id to
 * channel|message), the recognition channel, sharing preferences (a hash of member to preference),
 * one-time step claims and per-day giving counts, all under the workspace's keys so a purge finds
 * them. Counts and claims expire relative to now.
 */
public final class RedisRecognitionStore implements RecognitionStore {
  /** Claims outlive any click on a recognition's buttons; its state guards it after that. */
  private static final Duration CLAIM_KEEP = Duration.ofDays(90);

  private final UnifiedJedis redis;

  public RedisRecognitionStore(UnifiedJedis redis) {
    this.redis = redis;
  }

  private static String key(WorkspaceId ws, String... parts) {
    String[] all = new String[parts.length + 1];
    all[0] = "thanks";
    System.arraycopy(parts, 0, all, 1, parts.length);
    return Keys.of(ws, all);
  }

  @Override
  public String nextId(WorkspaceId ws) {
    return Long.toString(redis.incr(key(ws, "seq")));
  }

  @Override
  public void save(WorkspaceId ws, Recognition recognition) {
    redis.hset(key(ws, "recs"), recognition.id(), Json.write(recognition));
  }

  @Override
  public Optional<Recognition> find(WorkspaceId ws, String id) {
    return Optional.ofNullable(redis.hget(key(ws, "recs"), id))
        .map(json -> Json.read(json, Recognition.class));
  }

  @Override
  public List<Recognition> all(WorkspaceId ws) {
    return redis.hgetAll(key(ws, "recs")).values().stream()
        .map(json -> Json.read(json, Recognition.class))
        .sorted(Comparator.comparing(Recognition::givenAt).thenComparing(Recognition::id))
        .toList();
  }

  @Override
  public void delete(WorkspaceId ws, String id) {
    redis.hdel(key(ws, "recs"), id);
    redis.hdel(key(ws, "posts"), id);
    redis.del(key(ws, "claim", id, "send"), key(ws, "claim", id, "share"));
  }

  @Override
  public int deleteGivenBefore(Instant cutoff) {
    int deleted = 0;
    for (String recs : KeyScan.matching(redis, Keys.ROOT + "{*}:thanks:recs")) {
      String prefix = recs.substring(0, recs.length() - "recs".length());
      for (Map.Entry<String, String> e : redis.hgetAll(recs).entrySet()) {
        if (Json.read(e.getValue(), Recognition.class).givenAt().isBefore(cutoff)) {
          String id = e.getKey();
          redis.hdel(recs, id);
          redis.hdel(prefix + "posts", id);
          redis.del(prefix + "claim:" + id + ":send", prefix + "claim:" + id + ":share");
          deleted++;
        }
      }
    }
    return deleted;
  }

  @Override
  public void savePost(WorkspaceId ws, String id, MessageRef post) {
    redis.hset(key(ws, "posts"), id, post.conversationId() + "|" + post.messageId());
  }

  @Override
  public Optional<MessageRef> post(WorkspaceId ws, String id) {
    return Optional.ofNullable(redis.hget(key(ws, "posts"), id))
        .filter(v -> v.indexOf('|') > 0)
        .map(v ->
            new MessageRef(ws, v.substring(0, v.indexOf('|')), v.substring(v.indexOf('|') + 1)));
  }

  @Override
  public void forgetPost(WorkspaceId ws, String id) {
    redis.hdel(key(ws, "posts"), id);
  }

  @Override
  public boolean claim(WorkspaceId ws, String id, String step) {
    return "OK"
        .equals(
            redis.set(
                key(ws, "claim", id, step),
                "1",
                SetParams.setParams().nx().ex(CLAIM_KEEP.toSeconds())));
  }

  @Override
  public Optional<String> channel(WorkspaceId ws) {
    return Optional.ofNullable(redis.hget(key(ws, "settings"), "channel"));
  }

  @Override
  public void setChannel(WorkspaceId ws, String channelId) {
    redis.hset(key(ws, "settings"), "channel", channelId);
  }

  @Override
  public SharingPreference preference(UserRef user) {
    return Optional.ofNullable(redis.hget(key(user.workspace(), "sharing"), user.userId()))
        .flatMap(SharingPreference::byId)
        .orElse(SharingPreference.ASK);
  }

  @Override
  public void setPreference(UserRef user, SharingPreference preference) {
    redis.hset(key(user.workspace(), "sharing"), user.userId(), preference.id());
  }

  @Override
  public int given(UserRef user, LocalDate day) {
    String count = redis.get(key(user.workspace(), "given", day.toString(), user.userId()));
    return count == null ? 0 : Integer.parseInt(count);
  }

  @Override
  public void countGiven(UserRef user, LocalDate day, Duration keep) {
    String key = key(user.workspace(), "given", day.toString(), user.userId());
    redis.incr(key);
    redis.expire(key, Math.max(1, keep.toSeconds()));
  }
}
