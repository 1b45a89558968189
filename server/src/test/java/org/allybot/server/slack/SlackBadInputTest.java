package org.allybot.server.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.allybot.testkit.CapturedLog;
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
 * run found (issue 19) and the cases its properties shrank to: each is acknowledged (Slack would
 * retry a 5xx), changes nothing in the store, and leaves one WARN line with the request id and the
 * reason, with neither the request's text nor a stack trace.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackBadInputTest {
  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private static final String SECRET_WORDS = "zebra-crossing-confidential-words";
  private final SlackServerHarness h;
  private CapturedLog log;
  private Set<String> keysBefore;

  SlackBadInputTest(SlackServerHarness h) {
    this.h = h;
  }

  @BeforeEach
  void capture() {
    keysBefore = storedKeys();
    log = CapturedLog.start();
  }

  @AfterEach
  void release() {
    log.close();
  }

  private String command(
      String team, String user, String text, Consumer<Map<String, String>> edit) {
    String body =
        SlackPayloads.command(
            team, user, text, h.slack.responseUrl("r"), SlackServerHarness.trigger());
    Map<String, String> form = new java.util.LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      form.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    edit.accept(form);
    StringBuilder out = new StringBuilder();
    form.forEach((k, v) ->
        out.append(out.isEmpty() ? "" : "&")
            .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return out.toString();
  }

  private static String interaction(ObjectNode payload) {
    return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
  }

  private static ObjectNode payloadOf(String form) throws Exception {
    String json = URLDecoder.decode(form.substring("payload=".length()), StandardCharsets.UTF_8);
    return (ObjectNode) SlackServerHarness.json(json);
  }

  /**
   * Keys a request could leave: everything in a workspace, the list of workspaces, the ids of
   * requests seen; not the delivery worker's own bookkeeping, which it starts in the background.
   */
  private Set<String> storedKeys() {
    Set<String> keys = new TreeSet<>(h.redis.keys("*"));
    keys.removeIf(k ->
        k.startsWith("ally:global:")
            && !k.startsWith("ally:global:workspaces")
            && !k.startsWith("ally:global:slack-seen"));
    return keys;
  }

  /** Acknowledged, nothing stored, one WARN line naming the request and the reason, no trace. */
  private void assertRefusedPolitely(HttpResponse<String> r, String reason) {
    assertRefused(r, 200, reason);
  }

  private void assertRefused(HttpResponse<String> r, int status, String reason) {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(storedKeys()).isEqualTo(keysBefore);
    assertThat(log.stackTraces()).isZero();
    assertThat(log.lines(Level.WARN))
        .singleElement()
        .asString()
        .containsPattern("Slack request sr-[0-9a-f]+ ")
        .contains(reason);
    assertThat(log.text()).doesNotContain(SECRET_WORDS);
    assertThat(log.lines(Level.ERROR)).isEmpty();
  }

  @Test
  void aCommandFromATeamIdOfAnotherShapeGetsAPoliteAnswerAndStoresNothing() throws Exception {
    HttpResponse<String> r =
        h.post(command("T0:ALLY{1}", "U0MEMBER001", "stats " + SECRET_WORDS, f -> {}));

    assertRefusedPolitely(r, "team id");
    assertThat(r.body()).contains("ephemeral").contains("could not read");
  }

  @Test
  void aCommandWithoutAUserIdGetsAPoliteAnswerAndStoresNothing() throws Exception {
    HttpResponse<String> r =
        h.post(command(FakeSlackApi.TEAM, "U0MEMBER001", SECRET_WORDS, f -> f.remove("user_id")));

    assertRefusedPolitely(r, "user id");
  }

  @Test
  void aCommandWithoutAChannelIdGetsAPoliteAnswerAndStoresNothing() throws Exception {
    HttpResponse<String> r =
        h.post(
            command(FakeSlackApi.TEAM, "U0MEMBER001", SECRET_WORDS, f -> f.remove("channel_id")));

    assertRefusedPolitely(r, "channel id");
  }

  @Test
  void aCommandTextOverTheLimitIsAnsweredWithWhatToDo() throws Exception {
    String huge = SECRET_WORDS + " " + "a".repeat(50_000);

    HttpResponse<String> r = h.post(command(FakeSlackApi.TEAM, "U0MEMBER001", huge, f -> {}));

    assertRefusedPolitely(r, "text over");
    assertThat(r.body()).contains("shorter");
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

    assertRefusedPolitely(h.post(interaction(p)), "user id");
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

    assertRefusedPolitely(h.post(body), "team id");
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

    assertRefusedPolitely(h.post(interaction(p)), "team id");
  }

  @Test
  void aMemberJoiningWithoutAChannelIsAcknowledgedAndStoresNothing() throws Exception {
    ObjectNode e = SlackPayloads.eventOf("member_joined_channel").put("user", "U0JOINER001");

    assertRefusedPolitely(
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

    assertRefusedPolitely(
        h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0BADUSER1", e)), "user id");
  }

  @Test
  void aCommandOtherThanAllyIsAcknowledgedWithoutEchoingIt() throws Exception {
    HttpResponse<String> r =
        h.post(
            command(
                FakeSlackApi.TEAM, "U0MEMBER001", "x", f -> f.put("command", "/" + SECRET_WORDS)));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(log.text()).doesNotContain(SECRET_WORDS);
    assertThat(log.warnings("slash command")).hasSize(1);
    assertThat(log.stackTraces()).isZero();
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

    assertRefused(h.post(envelope.toString()), 400, "wrong type");
  }

  /** Shrunk by SlackEndpointPropertiesTest (a random seed): WorkspaceId threw, a 500. */
  @Test
  void aProfileChangeNamingATeamOfAnotherShapeIsAcknowledgedAndStoresNothing() throws Exception {
    ObjectNode e = SlackPayloads.eventOf("user_change");
    e.putObject("user")
        .put("id", "U0MEMBER001")
        .put("team_id", "{{7*7}} %s %n %d")
        .put("name", SECRET_WORDS);

    assertRefusedPolitely(
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
    assertThat(log.stackTraces()).isZero();
    assertThat(log.lines(Level.ERROR)).isEmpty();
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

    assertRefusedPolitely(h.post(interaction(p)), "callback id");
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
    assertThat(log.stackTraces()).isZero();
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

    assertRefusedPolitely(
        h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0NULLUSER", e)), "user id");
  }
}
