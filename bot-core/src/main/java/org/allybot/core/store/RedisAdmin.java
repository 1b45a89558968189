package org.allybot.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.allybot.core.WorkspaceId;
import org.allybot.core.audit.AuditTrail;
import org.allybot.core.member.AdminRoster;
import redis.clients.jedis.UnifiedJedis;

/** The audit trail (a capped list) and the stored admin roster (a set). */
public final class RedisAdmin implements AuditTrail, AdminRoster {
  private static final int KEEP = 5000;
  private final UnifiedJedis redis;

  public RedisAdmin(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public void record(
      WorkspaceId workspace, String actorId, String action, String detail, Instant at) {
    String key = Keys.of(workspace, "audit");
    redis.lpush(key, Json.write(new Entry(actorId, action, detail, at)));
    redis.ltrim(key, 0, KEEP - 1);
  }

  @Override
  public List<Entry> recent(WorkspaceId workspace, int limit) {
    return redis.lrange(Keys.of(workspace, "audit"), 0, limit - 1L).stream()
        .map(j -> Json.read(j, Entry.class))
        .toList();
  }

  @Override
  public boolean add(WorkspaceId workspace, String userId) {
    return redis.sadd(Keys.of(workspace, "admins"), userId) == 1;
  }

  @Override
  public boolean remove(WorkspaceId workspace, String userId) {
    return redis.srem(Keys.of(workspace, "admins"), userId) == 1;
  }

  @Override
  public Set<String> list(WorkspaceId workspace) {
    return redis.smembers(Keys.of(workspace, "admins"));
  }
}
