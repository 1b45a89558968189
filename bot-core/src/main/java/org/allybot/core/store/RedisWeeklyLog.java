package org.allybot.core.store;

import org.allybot.core.WorkspaceId;
import org.allybot.core.practice.TallyCounters;
import org.allybot.core.practice.WeeklyLog;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;

/**
 * Sets per campaign week: items sent by kind, and active member ids, kept 10 weeks after the last
 * addition. Re-adding a member is one round trip: every delivery of a run sends the same item.
 */
public final class RedisWeeklyLog implements WeeklyLog {
  private static final long KEEP_SECONDS = 70L * 24 * 3600;
  private final UnifiedJedis redis;

  public RedisWeeklyLog(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public void sent(
      WorkspaceId workspace, String campaignId, String week, String kind, String itemId) {
    String key = Keys.of(workspace, "week", campaignId, week, kind);
    if (redis.sadd(key, itemId) > 0) {
      redis.expire(key, KEEP_SECONDS);
    }
  }

  @Override
  public void active(WorkspaceId workspace, String campaignId, String week, String userId) {
    String key = Keys.of(workspace, "week", campaignId, week, "active");
    if (redis.sadd(key, userId) > 0) {
      // The set expires; the report's weekly count of active members stays with the campaign.
      try (AbstractPipeline pipeline = redis.pipelined()) {
        pipeline.expire(key, KEEP_SECONDS);
        pipeline.hincrBy(
            RedisCampaignTally.key(workspace, campaignId),
            TallyCounters.inWeek(TallyCounters.ACTIVE, week),
            1);
        pipeline.sync();
      }
    }
  }

  @Override
  public Week read(WorkspaceId workspace, String campaignId, String week) {
    return new Week(
        redis.smembers(Keys.of(workspace, "week", campaignId, week, "lesson")),
        redis.smembers(Keys.of(workspace, "week", campaignId, week, "poll")),
        redis.scard(Keys.of(workspace, "week", campaignId, week, "active")));
  }
}
