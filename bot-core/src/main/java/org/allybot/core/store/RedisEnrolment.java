package org.allybot.core.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Enrolment;
import redis.clients.jedis.UnifiedJedis;

/** Joined and opted-out members per campaign, as sets. */
public final class RedisEnrolment implements Enrolment {
  private final UnifiedJedis redis;

  public RedisEnrolment(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public boolean join(UserRef user, String campaignId) {
    redis.srem(Keys.of(user.workspace(), "campaign-optouts", campaignId), user.userId());
    return redis.sadd(Keys.of(user.workspace(), "campaign-joined", campaignId), user.userId()) == 1;
  }

  @Override
  public boolean hasJoined(UserRef user, String campaignId) {
    return redis.sismember(Keys.of(user.workspace(), "campaign-joined", campaignId), user.userId());
  }

  @Override
  public Set<String> joined(WorkspaceId workspace, String campaignId) {
    return redis.smembers(Keys.of(workspace, "campaign-joined", campaignId));
  }

  @Override
  public Set<String> joinedAmong(
      WorkspaceId workspace, String campaignId, Collection<String> userIds) {
    return among(Keys.of(workspace, "campaign-joined", campaignId), userIds);
  }

  @Override
  public void optOut(UserRef user, String campaignId) {
    redis.sadd(Keys.of(user.workspace(), "campaign-optouts", campaignId), user.userId());
  }

  @Override
  public boolean hasOptedOut(UserRef user, String campaignId) {
    return redis.sismember(
        Keys.of(user.workspace(), "campaign-optouts", campaignId), user.userId());
  }

  @Override
  public Set<String> optedOut(WorkspaceId workspace, String campaignId) {
    return redis.smembers(Keys.of(workspace, "campaign-optouts", campaignId));
  }

  @Override
  public Set<String> optedOutAmong(
      WorkspaceId workspace, String campaignId, Collection<String> userIds) {
    return among(Keys.of(workspace, "campaign-optouts", campaignId), userIds);
  }

  @Override
  public long optOutCount(WorkspaceId workspace, String campaignId) {
    return redis.scard(Keys.of(workspace, "campaign-optouts", campaignId));
  }

  @Override
  public long joinedCount(WorkspaceId workspace, String campaignId) {
    return redis.scard(Keys.of(workspace, "campaign-joined", campaignId));
  }

  /** The members of {@code ids} that are in the set, with one {@code SMISMEMBER}. */
  private Set<String> among(String key, Collection<String> ids) {
    Set<String> found = new HashSet<>();
    if (ids.isEmpty()) {
      return found;
    }
    List<String> asked = List.copyOf(ids);
    List<Boolean> in = redis.smismember(key, asked.toArray(String[]::new));
    for (int i = 0; i < asked.size(); i++) {
      if (Boolean.TRUE.equals(in.get(i))) {
        found.add(asked.get(i));
      }
    }
    return found;
  }
}
