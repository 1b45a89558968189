package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.ADMIN;
import static org.allybot.server.slack.SlackServerHarness.MEMBER;
import static org.allybot.server.slack.SlackServerHarness.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.allybot.core.RedisContents;
import org.allybot.testkit.CapturedLog;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackCall;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nudges in Slack: {@code message.channels} and {@code message.groups} events in a switched-on
 * channel get an ephemeral nudge for the author with three buttons; DMs, bots, edits, Slack Connect
 * channels and channels nobody switched on get nothing.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackNudgesTest {
  private static final String CHANNEL = "C0ALLIES001";
  private static final String PRIVATE = "G0PRIVATE01";
  private static final AtomicInteger EVENTS = new AtomicInteger();

  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackNudgesTest(SlackServerHarness h) {
    this.h = h;
  }

  private HttpResponse<String> command(String user, String text) throws Exception {
    return h.post(
        SlackPayloads.command(
            FakeSlackApi.TEAM, user, text, h.slack.responseUrl("cmd-" + user), trigger()));
  }

  private static ObjectNode message(String user, String channel, String type, String text) {
    return SlackPayloads.eventOf("message")
        .put("user", user)
        .put("text", text)
        .put("channel", channel)
        .put("channel_type", type)
        .put("ts", "1700000001.00" + (1000 + EVENTS.incrementAndGet()));
  }

  private HttpResponse<String> send(ObjectNode event) throws Exception {
    return h.post(
        SlackPayloads.event(FakeSlackApi.TEAM, "Ev0NUDGE" + EVENTS.incrementAndGet(), event));
  }

  /** Sends the events, then a control message that does get a nudge, and waits for it. */
  private void sendThenControl(ObjectNode... events) throws Exception {
    for (ObjectNode e : events) {
      assertThat(send(e).statusCode()).isEqualTo(200);
    }
    send(message("U0CONTROL01", CHANNEL, "channel", "hey guys"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() ->
            h.slack.calls("chat.postEphemeral").stream()
                .anyMatch(c -> c.param("user").equals("U0CONTROL01")));
  }

  private void switchOn(String channel) throws Exception {
    assertThat(command(ADMIN, "nudges on <#" + channel + "|allies>").body())
        .contains("Nudges are on in")
        .contains(channel);
  }

  @Test
  void theAuthorGetsAnEphemeralNudgeWithTheWordWhyAlternativesAndThreeButtons() throws Exception {
    switchOn(CHANNEL);

    assertThat(send(message(MEMBER, CHANNEL, "channel", "Morning guys!")).statusCode())
        .isEqualTo(200);

    await().atMost(Duration.ofSeconds(10)).until(() -> h.slack.count("chat.postEphemeral") == 1);
    SlackCall nudge = h.slack.calls("chat.postEphemeral").getFirst();
    assertThat(nudge.param("channel")).isEqualTo(CHANNEL);
    assertThat(nudge.param("user")).isEqualTo(MEMBER);
    JsonNode blocks = nudge.json("blocks");
    assertThat(blocks.toString())
        .contains("A friendly, private nudge about *guys*.")
        .contains("You could try: everyone, folks");
    assertThat(blocks.findValuesAsText("value")).containsExactly("guys", "guys", "guys");
    assertThat(blocks.findValuesAsText("action_id"))
        .containsExactly("ally:0:nudge.thanks", "ally:1:nudge.unhelpful", "ally:2:nudge.stop");
    assertThat(h.slack.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void aPrivateChannelWorksThroughMessageGroups() throws Exception {
    switchOn(PRIVATE);

    send(message(MEMBER, PRIVATE, "group", "that is insane"));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() ->
            h.slack.calls("chat.postEphemeral").stream()
                .anyMatch(c -> c.param("channel").equals(PRIVATE)));
  }

  @Test
  void directMessagesBotsEditsSharedAndSwitchedOffChannelsGetNoNudge() throws Exception {
    switchOn(CHANNEL);
    h.slack.sharedChannel("C0CONNECT01");
    command(ADMIN, "nudges on <#C0CONNECT01|partners>");

    ObjectNode bot = message("U0BOTUSER01", CHANNEL, "channel", "hey guys");
    bot.put("bot_id", "B0OTHERBOT1");
    ObjectNode botMessage = message("U0BOTUSER02", CHANNEL, "channel", "hey guys");
    botMessage.put("subtype", "bot_message");
    ObjectNode edit = message("U0EDITOR001", CHANNEL, "channel", "hey guys");
    edit.put("subtype", "message_changed");
    sendThenControl(
        message("U0DIRECT001", "DU0DIRECT001", "im", "hey guys"),
        bot,
        botMessage,
        edit,
        message("U0SHARED001", "C0CONNECT01", "channel", "hey guys"),
        message("U0ELSEWHERE", "C0RANDOM001", "channel", "hey guys"));

    assertThat(h.slack.calls("chat.postEphemeral"))
        .extracting(c -> c.param("user"))
        .containsExactly("U0CONTROL01");
    assertThat(h.slack.calls("conversations.info")).isNotEmpty();
  }

  @Test
  void noMessageTextReachesRedisOrTheLogsThroughTheWholeSlackFlow() throws Exception {
    String planted = "Quxplendor" + System.nanoTime();
    try (CapturedLog log = CapturedLog.start()) {
      switchOn(CHANNEL);
      h.slack.sharedChannel("C0CONNECT01");
      command(ADMIN, "nudges on <#C0CONNECT01|partners>");
      h.slack.failChannel("C0GONE00001", "channel_not_found");
      command(ADMIN, "nudges on <#C0GONE00001|gone>");
      sendThenControl(
          message(MEMBER, CHANNEL, "channel", "hey guys, " + planted + " is crazy"),
          message(MEMBER, CHANNEL, "channel", planted + " guys again"),
          message("U0SHARED001", "C0CONNECT01", "channel", "guys " + planted),
          message("U0GONE00001", "C0GONE00001", "channel", "guys " + planted),
          message("U0DIRECT001", "DU0DIRECT001", "im", "guys " + planted));
      h.post(
          SlackPayloads.blockAction(
              FakeSlackApi.TEAM,
              MEMBER,
              "ally:0:nudge.thanks",
              "guys",
              h.slack.responseUrl("nudge-privacy"),
              trigger(),
              false));
      command(ADMIN, "nudges stats");
      await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.calls("response_url").size() >= 1);

      assertThat(RedisContents.dump(h.redis))
          .contains(":nudge:")
          .doesNotContainIgnoringCase(planted);
      assertThat(log.text()).doesNotContainIgnoringCase(planted);
      assertThat(log.warnings("shared"))
          .as("the failed conversations.info was logged")
          .isNotEmpty();
    }
  }

  @Test
  void theButtonsAnswerInPlaceAndDontNudgeMeStopsNudges() throws Exception {
    switchOn(CHANNEL);
    send(message(MEMBER, CHANNEL, "channel", "hey guys"));
    await().atMost(Duration.ofSeconds(10)).until(() -> h.slack.count("chat.postEphemeral") == 1);

    for (String[] press :
        new String[][] {
          {"ally:0:nudge.thanks", "Glad it helped."},
          {"ally:1:nudge.unhelpful", "Your feedback helps"},
          {"ally:2:nudge.stop", "no more nudges for you"}
        }) {
      String url = h.slack.responseUrl("nudge-" + press[0]);
      h.post(
          SlackPayloads.blockAction(
              FakeSlackApi.TEAM, MEMBER, press[0], "guys", url, trigger(), false));
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() ->
              h.slack.calls("response_url").stream()
                  .anyMatch(c -> c.params().toString().contains(press[1])));
    }
    h.redis.del(h.redis.keys("*nudge:hour:*").toArray(String[]::new));
    sendThenControl(message(MEMBER, CHANNEL, "channel", "that is crazy"));

    assertThat(h.slack.calls("chat.postEphemeral"))
        .extracting(c -> c.param("user"))
        .containsExactly(MEMBER, "U0CONTROL01");
  }
}
