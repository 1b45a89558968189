package org.allybot.server.slack;

import static org.allybot.server.slack.SlackRefusals.SECRET_WORDS;
import static org.allybot.server.slack.SlackRefusals.interaction;
import static org.allybot.server.slack.SlackRefusals.payloadOf;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The failing cases SlackEndpointPropertiesTest shrank (with the seed that found each), kept as
 * plain tests: each was a 5xx, Bolt's 404 or a logged stack trace before it was fixed.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackShrunkInputTest {
  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;
  private SlackRefusals refusals;

  SlackShrunkInputTest(SlackServerHarness h) {
    this.h = h;
  }

  @BeforeEach
  void capture() {
    refusals = new SlackRefusals(h);
  }

  @AfterEach
  void release() {
    refusals.close();
  }

  /** Shrunk by SlackEndpointPropertiesTest (seed 19): Bolt's Gson failed on it, a 500. */
  @Test
  void anEventWhoseTimeIsNotANumberIsABadRequest() throws Exception {
    ObjectNode e =
        SlackPayloads.eventOf("app_home_opened").put("user", "U0MEMBER001").put("tab", "home");
    ObjectNode envelope =
        (ObjectNode)
            SlackServerHarness.json(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0TIME01", e));
    envelope.put("event_time", true);

    refusals.assertRefused(h.post(envelope.toString()), 400, "wrong type");
  }

  /** Shrunk by SlackEndpointPropertiesTest (a random seed): WorkspaceId threw, a 500. */
  @Test
  void aProfileChangeNamingATeamOfAnotherShapeIsAcknowledgedAndStoresNothing() throws Exception {
    ObjectNode e = SlackPayloads.eventOf("user_change");
    e.putObject("user")
        .put("id", "U0MEMBER001")
        .put("team_id", "{{7*7}} %s %n %d")
        .put("name", SECRET_WORDS);

    refusals.assertRefusedPolitely(
        h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0TEAMID01", e)), "team id");
  }

  /** Shrunk by SlackEndpointPropertiesTest (a random seed): a NullPointerException, logged. */
  @Test
  void aFormFieldSentAsNullIsReadAsEmpty() throws Exception {
    ObjectNode p =
        payloadOf(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                "U0MEMBER001",
                "community.ask",
                Map.of("situation", SECRET_WORDS),
                "{}",
                SlackServerHarness.trigger()));
    ((ObjectNode) p.at("/view/state/values/situation")).putNull("situation");

    HttpResponse<String> r = h.post(interaction(p));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(refusals.log.stackTraces()).isZero();
    assertThat(refusals.log.lines(Level.ERROR)).isEmpty();
  }

  /** Shrunk by SlackEndpointPropertiesTest (seed 1): Bolt found no handler, a 404. */
  @Test
  void aShortcutWithoutACallbackIdIsAcknowledgedAndStoresNothing() throws Exception {
    ObjectNode p =
        payloadOf(
            SlackPayloads.shortcut(
                FakeSlackApi.TEAM,
                "U0MEMBER001",
                "ask_allies",
                SlackServerHarness.trigger(),
                null));
    p.putNull("callback_id");

    refusals.assertRefusedPolitely(h.post(interaction(p)), "callback id");
  }

  /** Shrunk by SlackEndpointPropertiesTest (a random seed): ".*" stops at a line break, a 404. */
  @Test
  void aClickWhoseActionIdHasALineBreakIsAcknowledged() throws Exception {
    ObjectNode p =
        payloadOf(
            SlackPayloads.blockAction(
                FakeSlackApi.TEAM,
                "U0MEMBER001",
                "U0ALLYBOT00\nU0ADMIN0001",
                "1",
                h.slack.responseUrl("c"),
                SlackServerHarness.trigger(),
                true));

    HttpResponse<String> r = h.post(interaction(p));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(refusals.log.stackTraces()).isZero();
  }

  /** Shrunk by SlackEndpointPropertiesTest (a random seed): Bolt's middleware threw, a 500. */
  @Test
  void aMessageEventWithANullUserIsAcknowledgedAndStoresNothing() throws Exception {
    ObjectNode e =
        SlackPayloads.eventOf("message")
            .putNull("user")
            .put("channel", "D0MEMBER001")
            .put("channel_type", "im")
            .put("text", SECRET_WORDS)
            .put("ts", "1700000000.000100");

    refusals.assertRefusedPolitely(
        h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0NULLUSER", e)), "user id");
  }
}
