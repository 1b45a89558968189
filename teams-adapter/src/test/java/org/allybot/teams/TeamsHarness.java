package org.allybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.allybot.core.Allybot;
import org.allybot.core.CoreHarness;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.RateLimiter;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.RedisEndpoint;
import org.allybot.testkit.teams.FakeBotConnector;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.FakeTokenIssuer;
import org.allybot.testkit.teams.TeamsActivities;

/**
 * The core's harness ({@link CoreHarness}: the real core on a real Redis) with the Teams adapter in
 * front, a fake Bot Connector behind and a fake token issuer signing requests: a test sends an
 * activity and reads what the bot posted.
 */
final class TeamsHarness implements AutoCloseable {
  static final String APP_ID = "11111111-2222-4333-8444-555555555555";
  static final String PASSWORD = "app-password-that-is-long-enough";
  static final String TENANT = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
  static final WorkspaceId WORKSPACE = new WorkspaceId(Platform.TEAMS, TENANT);
  static final FakeMember ADMIN = FakeMember.numbered(1);
  static final FakeMember ALEX = FakeMember.numbered(2);

  final FakeBotConnector connector = FakeBotConnector.start();
  final FakeTokenIssuer issuer = FakeTokenIssuer.start();
  final InMemoryTeamsStore store = new InMemoryTeamsStore();
  final InMemorySeenActivities seen = new InMemorySeenActivities();
  final TeamsConfig config;
  final TeamsConnector teams;
  final CoreHarness core;
  final Allybot bot;
  final List<Delivery> outbox;
  final TeamsEndpoint endpoint;
  final TeamsActivities activities;

  TeamsHarness(RedisEndpoint endpoint) {
    this(endpoint, false);
  }

  TeamsHarness(RedisEndpoint redisEndpoint, boolean allowAnonymous) {
    if (!allowAnonymous) {
      connector.requireClient(APP_ID, PASSWORD);
    }
    config =
        new TeamsConfig(
            APP_ID,
            PASSWORD,
            TENANT,
            issuer.openIdMetadataUrl(),
            connector.tokenUrl(TENANT),
            allowAnonymous);
    teams = TeamsConnector.create(config, store, seen);
    core =
        new CoreHarness(
            redisEndpoint, Map.of(Platform.TEAMS, teams.platform()), ADMIN.aadObjectId());
    bot = core.bot;
    outbox = core.outbox;
    this.endpoint = teams.endpoint(bot, RateLimiter.withDefaults());
    activities = new TeamsActivities(connector.serviceUrl(), APP_ID, TENANT);
  }

  /** A harness for each test that takes one, closed after it. */
  static PerTest<TeamsHarness> perTest() {
    return PerTest.of(TeamsHarness.class, TeamsHarness::new);
  }

  static UserRef user(FakeMember member) {
    return new UserRef(WORKSPACE, member.aadObjectId());
  }

  String goodToken() {
    return issuer.tokenFor(APP_ID, connector.serviceUrl()).bearer();
  }

  /** Sends an activity with a good token. */
  TeamsResponse send(JsonNode activity) {
    return endpoint.receive(goodToken(), activity.toString());
  }

  /** Says {@code text} in {@code member}'s 1:1 chat with the bot. */
  TeamsResponse say(FakeMember member, String text) {
    return send(activities.personalMessage(member, text));
  }

  @Override
  public void close() {
    connector.close();
    issuer.close();
    core.close();
  }
}
