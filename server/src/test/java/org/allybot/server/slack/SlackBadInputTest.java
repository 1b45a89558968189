package org.allybot.server.slack;

import static org.allybot.server.slack.SlackRefusals.SECRET_WORDS;
import static org.allybot.server.slack.SlackRefusals.interaction;
import static org.allybot.server.slack.SlackRefusals.payloadOf;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Signed requests whose fields are missing or of the wrong shape, the three causes of 500s a fuzz
 * run found (issue 19: a bad workspace id through SlackUsers.actor, a null member id reaching Jedis
 * through MemberDirectory.touch, NullPointerExceptions for a missing user or channel): each is
 * acknowledged (Slack would retry a 5xx), changes nothing in the store, and leaves one WARN line
 * with the request id and the reason, with neither the request's text nor a stack trace.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackBadInputTest {
  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;
  private SlackRefusals refusals;

  SlackBadInputTest(SlackServerHarness h) {
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

  @Test
  void aCommandFromATeamIdOfAnotherShapeGetsAPoliteAnswerAndStoresNothing() throws Exception {
    HttpResponse<String> r =
        h.post(refusals.command("T0:ALLY{1}", "U0MEMBER001", "stats " + SECRET_WORDS, f -> {}));

    refusals.assertRefusedPolitely(r, "team id");
    assertThat(r.body()).contains("ephemeral").contains("could not read");
  }

  @Test
  void aCommandWithoutAUserIdGetsAPoliteAnswerAndStoresNothing() throws Exception {
    HttpResponse<String> r =
        h.post(
            refusals.command(
                FakeSlackApi.TEAM, "U0MEMBER001", SECRET_WORDS, f -> f.remove("user_id")));

    refusals.assertRefusedPolitely(r, "user id");
  }

  @Test
  void aCommandWithoutAChannelIdGetsAPoliteAnswerAndStoresNothing() throws Exception {
    HttpResponse<String> r =
        h.post(
            refusals.command(
                FakeSlackApi.TEAM, "U0MEMBER001", SECRET_WORDS, f -> f.remove("channel_id")));

    refusals.assertRefusedPolitely(r, "channel id");
  }

  @Test
  void aCommandTextOverTheLimitIsAnsweredWithWhatToDo() throws Exception {
    String huge = SECRET_WORDS + " " + "a".repeat(50_000);

    HttpResponse<String> r =
        h.post(refusals.command(FakeSlackApi.TEAM, "U0MEMBER001", huge, f -> {}));

    refusals.assertRefusedPolitely(r, "text over");
    assertThat(r.body()).contains("shorter");
  }

  @Test
  void aSpanishMembersTooLongCommandIsAnsweredInSpanish() throws Exception {
    h.command(FakeSlackApi.TEAM, "U0MEMBER001", "language es");
    SlackRefusals afterChoosing = new SlackRefusals(h);
    String huge = SECRET_WORDS + " " + "a".repeat(50_000);

    HttpResponse<String> r =
        h.post(afterChoosing.command(FakeSlackApi.TEAM, "U0MEMBER001", huge, f -> {}));
    afterChoosing.close();

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("Es más largo de lo que Allybot puede recibir de una vez")
        .doesNotContain(SECRET_WORDS);
  }

  @Test
  void anotherAppsCommandFromASpanishMemberIsAnsweredInSpanish() throws Exception {
    h.command(FakeSlackApi.TEAM, "U0MEMBER001", "language es");

    HttpResponse<String> r =
        h.post(
            refusals.command(
                FakeSlackApi.TEAM, "U0MEMBER001", "x", f -> f.put("command", "/other")));

    assertThat(r.body()).contains("Allybot solo responde a `/ally`.");
  }

  @Test
  void aClickWithoutAUserIsAcknowledgedAndStoresNothing() throws Exception {
    ObjectNode p =
        payloadOf(
            SlackPayloads.blockAction(
                FakeSlackApi.TEAM,
                "U0MEMBER001",
                "ally:0:lesson.got-it",
                SECRET_WORDS,
                h.slack.responseUrl("c"),
                SlackServerHarness.trigger(),
                true));
    p.remove("user");

    refusals.assertRefusedPolitely(h.post(interaction(p)), "user id");
  }

  @Test
  void aPollAnswerFromATeamIdOfAnotherShapeIsAcknowledgedAndStoresNothing() throws Exception {
    String body =
        SlackPayloads.blockAction(
            "T0:BAD",
            "U0MEMBER001",
            "ally:0:poll.answer",
            SECRET_WORDS,
            h.slack.responseUrl("c"),
            SlackServerHarness.trigger(),
            false);

    refusals.assertRefusedPolitely(h.post(body), "team id");
  }

  @Test
  void aFormSubmittedWithoutUserOrTeamIsAcknowledgedAndStoresNothing() throws Exception {
    ObjectNode p =
        payloadOf(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                "U0MEMBER001",
                "community.ask",
                Map.of("situation", SECRET_WORDS),
                "{}",
                SlackServerHarness.trigger()));
    p.remove("team");

    refusals.assertRefusedPolitely(h.post(interaction(p)), "team id");
  }

  @Test
  void aMemberJoiningWithoutAChannelIsAcknowledgedAndStoresNothing() throws Exception {
    ObjectNode e = SlackPayloads.eventOf("member_joined_channel").put("user", "U0JOINER001");

    refusals.assertRefusedPolitely(
        h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0NOCHAN01", e)), "channel id");
  }

  @Test
  void aMessageEventFromAUserIdOfAnotherShapeIsAcknowledgedAndStoresNothing() throws Exception {
    ObjectNode e =
        SlackPayloads.eventOf("message")
            .put("user", "not a user")
            .put("channel", "D0MEMBER001")
            .put("channel_type", "im")
            .put("text", SECRET_WORDS)
            .put("ts", "1700000000.000100");

    refusals.assertRefusedPolitely(
        h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0BADUSER1", e)), "user id");
  }

  @Test
  void aCommandOtherThanAllyIsAcknowledgedWithoutEchoingIt() throws Exception {
    HttpResponse<String> r =
        h.post(
            refusals.command(
                FakeSlackApi.TEAM, "U0MEMBER001", "x", f -> f.put("command", "/" + SECRET_WORDS)));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(refusals.log.text()).doesNotContain(SECRET_WORDS);
    assertThat(refusals.log.warnings("slash command")).hasSize(1);
    assertThat(refusals.log.stackTraces()).isZero();
  }

  @Test
  void jsonThatBreaksInsideItsBracesIsABadRequest() throws Exception {
    HttpResponse<String> r =
        h.post("{\"type\":\"event_callback\",\"event\":,\"x\":\"" + SECRET_WORDS + "\"}");

    refusals.assertRefused(r, 400, "not readable JSON");
  }
}
