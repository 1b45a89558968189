package org.allybot.core.store;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
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
import org.allybot.core.member.PlatformEraser;
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
 * Start with {@link #on}, give what every core needs (config, clock, curriculum, outbox,
 * platforms), change any optional part whose default does not suit, then {@link #build}.
 */
public final class RedisCoreContext {
  private final UnifiedJedis redis;
  private final MasterKey key;
  private CoreConfig config;
  private Clock clock;
  private Curriculum curriculum;
  private Outbox outbox;
  private Map<Platform, ChatPlatform> platforms;
  private CommunityConfig community = CommunityConfig.defaults();
  private LearningRecords learning = LearningRecords.NONE;
  private DeskSettings desk = DeskSettings.defaults();
  private RecognitionConfig thanks = RecognitionConfig.defaults();

  private RedisCoreContext(UnifiedJedis redis, MasterKey key) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.key = Objects.requireNonNull(key, "key");
  }

  /** A core on {@code redis}, its features' keys derived from {@code key}. */
  public static RedisCoreContext on(UnifiedJedis redis, MasterKey key) {
    return new RedisCoreContext(redis, key);
  }

  public RedisCoreContext config(CoreConfig config) {
    this.config = config;
    return this;
  }

  public RedisCoreContext clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  public RedisCoreContext curriculum(Curriculum curriculum) {
    this.curriculum = curriculum;
    return this;
  }

  public RedisCoreContext outbox(Outbox outbox) {
    this.outbox = outbox;
    return this;
  }

  public RedisCoreContext platforms(Map<Platform, ChatPlatform> platforms) {
    this.platforms = platforms;
    return this;
  }

  /** The community's settings; {@link CommunityConfig#defaults()} unless given. */
  public RedisCoreContext community(CommunityConfig community) {
    this.community = community;
    return this;
  }

  /** Where learning events go (the xAPI export); {@link LearningRecords#NONE} unless given. */
  public RedisCoreContext learning(LearningRecords learning) {
    this.learning = learning;
    return this;
  }

  /** The desk's previous key during a rotation and its retention; defaults unless given. */
  public RedisCoreContext desk(DeskSettings desk) {
    this.desk = desk;
    return this;
  }

  /** Recognition's limits; defaults unless given. */
  public RedisCoreContext thanks(RecognitionConfig thanks) {
    this.thanks = thanks;
    return this;
  }

  /** The core; fails naming the first required part not given. */
  public CoreContext build() {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(curriculum, "curriculum");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(platforms, "platforms");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(learning, "learning");
    Objects.requireNonNull(desk, "desk");
    Objects.requireNonNull(thanks, "thanks");
    RedisAdmin admin = new RedisAdmin(redis);
    CommunityPorts communityPorts =
        new CommunityPorts(
            new RedisCommunityStore(redis),
            new RedisThreadMarks(redis),
            new AuthorSeal(key),
            community,
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
        new PlatformEraser(
            new RecognitionEraser(
                new CalendarEraser(
                    new DeskEraser(
                        new SurveyEraser(
                            new CommunityEraser(
                                new RedisDataEraser(redis),
                                communityPorts,
                                clock,
                                config.defaultZone()),
                            campaigns,
                            surveys),
                        deskPorts),
                    calendar.store(),
                    outbox,
                    clock),
                recognition,
                platforms),
            platforms),
        outbox,
        new RedisParkedDeliveries(redis),
        platforms,
        communityPorts,
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
