package org.allybot.core;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allybot.content.ContentLoader;
import org.allybot.content.Curriculum;
import org.allybot.core.campaign.ScheduleSync;
import org.allybot.core.community.CommunityConfig;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.learning.LearningEvent;
import org.allybot.core.message.Message;
import org.allybot.core.message.PlainTextRenderer;
import org.allybot.core.store.RedisConnection;
import org.allybot.core.store.RedisCoreContext;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.RedisEndpoint;
import redis.clients.jedis.UnifiedJedis;

/**
 * The real core on a real Redis, with a manual clock and an outbox that records deliveries: a test
 * says a command as someone and reads the reply.
 */
public final class CoreHarness implements AutoCloseable {
  public static final WorkspaceId WORKSPACE = new WorkspaceId(Platform.SHELL, "test");
  static final Curriculum CURRICULUM = ContentLoader.builtIn().curriculum();

  public final UnifiedJedis redis;
  public final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T09:00:00Z"));
  public final List<Delivery> outbox = Collections.synchronizedList(new ArrayList<>());

  /** What the core reported for the learning record store, in order. */
  public final List<LearningEvent> learned = Collections.synchronizedList(new ArrayList<>());

  /** The workspace's chat platform: community posts and private notifications land here. */
  public final RecordingChatPlatform platform = new RecordingChatPlatform(Platform.SHELL);

  /** The key anonymous links are sealed with. */
  public static final MasterKey KEY = MasterKey.generate();

  public final Allybot bot;

  public CoreHarness(RedisEndpoint endpoint, String... admins) {
    this(endpoint, CommunityConfig.defaults(), admins);
  }

  public CoreHarness(RedisEndpoint endpoint, CommunityConfig communityConfig, String... admins) {
    this(endpoint, communityConfig, Map.of(), admins);
  }

  /** With {@code adapters}' platforms wired too, for a harness that puts an adapter in front. */
  public CoreHarness(
      RedisEndpoint endpoint, Map<Platform, ChatPlatform> adapters, String... admins) {
    this(endpoint, CommunityConfig.defaults(), adapters, admins);
  }

  private CoreHarness(
      RedisEndpoint endpoint,
      CommunityConfig communityConfig,
      Map<Platform, ChatPlatform> adapters,
      String... admins) {
    redis = RedisConnection.open(endpoint.url());
    redis.flushAll();
    CoreConfig config =
        new CoreConfig(
            Set.of(admins),
            ZoneId.of("UTC"),
            730,
            "http://localhost:3000",
            java.time.LocalTime.of(9, 30),
            java.time.Duration.ofHours(6));
    CoreContext core =
        RedisCoreContext.on(redis, KEY)
            .config(config)
            .clock(clock)
            .curriculum(CURRICULUM)
            .outbox(outbox::add)
            .platforms(withShell(adapters))
            .community(communityConfig)
            .learning(learned::add)
            .build();
    bot = new Allybot(core, ScheduleSync.NONE);
  }

  private Map<Platform, ChatPlatform> withShell(Map<Platform, ChatPlatform> adapters) {
    Map<Platform, ChatPlatform> platforms = new EnumMap<>(Platform.class);
    platforms.putAll(adapters);
    platforms.put(Platform.SHELL, platform);
    return platforms;
  }

  /** A harness for each test that takes one, with these admins; closed after the test. */
  public static PerTest<CoreHarness> perTest(String... admins) {
    return PerTest.of(CoreHarness.class, endpoint -> new CoreHarness(endpoint, admins));
  }

  public static UserRef user(String id) {
    return new UserRef(WORKSPACE, id);
  }

  public Reply say(String userId, String text) {
    return checked(
        bot.handle(new CoreEvent.CommandInvoked(Actor.of(user(userId), userId), text, "")));
  }

  public Reply press(String userId, String action, String value) {
    return checked(
        bot.handle(new CoreEvent.ChoiceSelected(Actor.of(user(userId), userId), action, value)));
  }

  /** A reply that hides an internal error fails the test at once, whatever the test asserts. */
  public static Reply checked(Reply reply) {
    String shown = text(reply);
    if (java.util.Arrays.stream(org.allybot.core.language.Language.values())
        .map(l -> org.allybot.core.language.Messages.in(l).text("error.generic"))
        .anyMatch(shown::contains)) {
      throw new AssertionError("the core hit an internal error; see the log above");
    }
    return reply;
  }

  /** Every message of a reply as the shell would print it. */
  public static String text(Reply reply) {
    return String.join(
        "\n\n", reply.messages().stream().map(m -> PlainTextRenderer.render(m, 1)).toList());
  }

  public static String text(Message message) {
    return PlainTextRenderer.render(message, 1);
  }

  @Override
  public void close() {
    redis.close();
  }
}
