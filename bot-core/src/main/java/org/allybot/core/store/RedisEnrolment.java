package org.allybot.core.store;

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
  public long optOutCount(WorkspaceId workspace, String campaignId) {
    return redis.scard(Keys.of(workspace, "campaign-optouts", campaignId));
  }
}
