package org.allybot.core.store;

import java.time.Clock;
import java.util.Map;
import org.allybot.content.Curriculum;
import org.allybot.core.ChatPlatform;
import org.allybot.core.CoreConfig;
import org.allybot.core.CoreContext;
import org.allybot.core.MasterKey;
import org.allybot.core.Platform;
import org.allybot.core.calendar.CalendarEraser;
import org.allybot.core.calendar.CalendarPorts;
import org.allybot.core.calendar.IcsLinks;
import org.allybot.core.community.AuthorSeal;
import org.allybot.core.community.CommunityConfig;
import org.allybot.core.community.CommunityEraser;
import org.allybot.core.community.CommunityPorts;
import org.allybot.core.delivery.Outbox;
import org.allybot.core.desk.DeskEraser;
import org.allybot.core.desk.DeskPorts;
import org.allybot.core.desk.DeskSeal;
import org.allybot.core.desk.DeskSettings;
import org.allybot.core.learning.LearningRecords;
import org.allybot.core.member.MemberPseudonym;
import org.allybot.core.nudge.AuthorTags;
import org.allybot.core.nudge.NudgePorts;
import org.allybot.core.recognition.RecognitionConfig;
import org.allybot.core.recognition.RecognitionEraser;
import org.allybot.core.recognition.RecognitionPorts;
import org.allybot.core.signin.OneTimeLinks;
import org.allybot.core.survey.SurveyEraser;
import org.allybot.core.survey.SurveyPorts;
import redis.clients.jedis.UnifiedJedis;

/**
 * Wires every core store on one Redis: the one place the server and tests build a core from. Each
 * feature derives its own key from {@code key}: the community's author seal, the survey pseudonyms.
 */
public final class RedisCoreContext {
  private RedisCoreContext() {}

  public static CoreContext create(
      UnifiedJedis redis,
      CoreConfig config,
      Clock clock,
      Curriculum curriculum,
      MasterKey key,
      CommunityConfig communityConfig,
      Outbox outbox,
      Map<Platform, ChatPlatform> platforms) {
    return create(
        redis,
        config,
        clock,
        curriculum,
        key,
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
      MasterKey key,
      CommunityConfig communityConfig,
      Outbox outbox,
      Map<Platform, ChatPlatform> platforms,
      LearningRecords learning) {
    return create(
        redis,
        config,
        clock,
        curriculum,
        key,
        communityConfig,
        outbox,
        platforms,
        learning,
        DeskSettings.defaults());
  }

  /** As above, with the desk's settings: its previous key during a rotation, its retention. */
  public static CoreContext create(
      UnifiedJedis redis,
      CoreConfig config,
      Clock clock,
      Curriculum curriculum,
      MasterKey key,
      CommunityConfig communityConfig,
      Outbox outbox,
      Map<Platform, ChatPlatform> platforms,
      LearningRecords learning,
      DeskSettings desk) {
    return create(
        redis,
        config,
        clock,
        curriculum,
        key,
        communityConfig,
        outbox,
        platforms,
        learning,
        desk,
        RecognitionConfig.defaults());
  }

  /** As above, with recognition's limits. */
  public static CoreContext create(
      UnifiedJedis redis,
      CoreConfig config,
      Clock clock,
      Curriculum curriculum,
      MasterKey key,
      CommunityConfig communityConfig,
      Outbox outbox,
      Map<Platform, ChatPlatform> platforms,
      LearningRecords learning,
      DeskSettings desk,
      RecognitionConfig thanks) {
    RedisAdmin admin = new RedisAdmin(redis);
    CommunityPorts community =
        new CommunityPorts(
            new RedisCommunityStore(redis),
            new RedisThreadMarks(redis),
            new AuthorSeal(key),
            communityConfig,
            new RedisCommunityLog(redis));
    RedisCampaignStore campaigns = new RedisCampaignStore(redis);
    DeskSeal deskSeal = new DeskSeal(key, desk.previousKey());
    DeskPorts deskPorts =
        new DeskPorts(new RedisDeskStore(redis, deskSeal), deskSeal, desk.retentionDays());
    SurveyPorts surveys = new SurveyPorts(new RedisSurveyAnswers(redis), new MemberPseudonym(key));
    CalendarPorts calendar = new CalendarPorts(new RedisCalendarStore(redis), new IcsLinks(key));
    RecognitionPorts recognition = new RecognitionPorts(new RedisRecognitionStore(redis), thanks);
    return new CoreContext(
        config,
        clock,
        curriculum,
        new RedisMemberStore(redis),
        campaigns,
        new RedisEnrolment(redis),
        new RedisPollAnswers(redis),
        new RedisLessonResponses(redis),
        new RedisPracticeLog(redis),
        new RedisProgress(redis),
        new RedisWeeklyLog(redis),
        admin,
        admin,
        new RecognitionEraser(
            new CalendarEraser(
                new DeskEraser(
                    new SurveyEraser(
                        new CommunityEraser(
                            new RedisDataEraser(redis), community, clock, config.defaultZone()),
                        campaigns,
                        surveys),
                    deskPorts),
                calendar.store(),
                outbox,
                clock),
            recognition,
            platforms),
        outbox,
        new RedisParkedDeliveries(redis),
        platforms,
        community,
        new RedisCampaignTally(redis),
        surveys,
        learning,
        new OneTimeLinks(new RedisLinkStore(redis)),
        deskPorts,
        new RedisOrgDetails(redis),
        calendar,
        new NudgePorts(new RedisNudgeStore(redis), new AuthorTags(key)),
        recognition,
        new RedisLanguageChoices(redis));
  }
}
