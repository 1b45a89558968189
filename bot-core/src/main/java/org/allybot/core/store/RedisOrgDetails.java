package org.allybot.core.store;

import java.util.Map;
import org.allybot.core.WorkspaceId;
import org.allybot.core.orgdetails.OrgDetails;
import redis.clients.jedis.UnifiedJedis;

/** A workspace's organisation details as one hash, {@code org}. */
public final class RedisOrgDetails implements OrgDetails {
  private final UnifiedJedis redis;

  public RedisOrgDetails(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public Map<String, String> all(WorkspaceId workspace) {
    return redis.hgetAll(Keys.of(workspace, "org"));
  }

  @Override
  public void set(WorkspaceId workspace, String key, String value) {
    redis.hset(Keys.of(workspace, "org"), key, value);
  }

  @Override
  public void clear(WorkspaceId workspace, String key) {
    redis.hdel(Keys.of(workspace, "org"), key);
  }
}
