package org.allybot.core.store;

import java.time.Clock;
import java.util.Map;
import org.allybot.content.Curriculum;
import org.allybot.core.ChatPlatform;
import org.allybot.core.CoreConfig;
import org.allybot.core.CoreContext;
import org.allybot.core.Platform;
import org.allybot.core.community.AuthorSeal;
import org.allybot.core.community.CommunityConfig;
import org.allybot.core.community.CommunityEraser;
import org.allybot.core.community.CommunityPorts;
import org.allybot.core.delivery.Outbox;
import org.allybot.core.learning.LearningRecords;
import redis.clients.jedis.UnifiedJedis;

/** Wires every core store on one Redis: the one place the server and tests build a core from. */
public final class RedisCoreContext {
  private RedisCoreContext() {}

  public static CoreContext create(
      UnifiedJedis redis,
      CoreConfig config,
      Clock clock,
      Curriculum curriculum,
      AuthorSeal seal,
      CommunityConfig communityConfig,
      Outbox outbox,
      Map<Platform, ChatPlatform> platforms) {
    return create(
        redis,
        config,
        clock,
        curriculum,
        seal,
        communityConfig,
        outbox,
        platforms,
        LearningRecords.NONE);
  }

  /** As above, with learning events reported to {@code learning} (the xAPI export). */
  public static CoreContext create(
      UnifiedJedis redis,
      CoreConfig config,
      Clock clock,
      Curriculum curriculum,
      AuthorSeal seal,
      CommunityConfig communityConfig,
      Outbox outbox,
      Map<Platform, ChatPlatform> platforms,
      LearningRecords learning) {
    RedisAdmin admin = new RedisAdmin(redis);
    CommunityPorts community =
        new CommunityPorts(
            new RedisCommunityStore(redis), new RedisThreadMarks(redis), seal, communityConfig);
    return new CoreContext(
        config,
        clock,
        curriculum,
        new RedisMemberStore(redis),
        new RedisCampaignStore(redis),
        new RedisEnrolment(redis),
        new RedisPollAnswers(redis),
        new RedisLessonResponses(redis),
        new RedisPracticeLog(redis),
        new RedisProgress(redis),
        new RedisWeeklyLog(redis),
        admin,
        admin,
        new CommunityEraser(new RedisDataEraser(redis), community, clock, config.defaultZone()),
        outbox,
        new RedisParkedDeliveries(redis),
        platforms,
        community,
        learning);
  }
}
