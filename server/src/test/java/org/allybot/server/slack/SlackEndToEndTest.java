package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.ADMIN;
import static org.allybot.server.slack.SlackServerHarness.MEMBER;
import static org.allybot.server.slack.SlackServerHarness.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.allybot.core.poll.PollChoice;
import org.allybot.core.store.Keys;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackCall;
import org.allybot.testkit.slack.SlackFailure;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole product in Slack, end to end: the real server, signed requests, a fake Web API. */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackEndToEndTest {
  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackEndToEndTest(SlackServerHarness h) {
    this.h = h;
  }

  private String command(String user, String text) {
    return SlackPayloads.command(
        FakeSlackApi.TEAM, user, text, h.slack.responseUrl("cmd-" + user), trigger());
  }

  @Test
  void helpAnswersOnlyTheCallerInTheAckWithBlockKit() throws Exception {
    JsonNode body = h.command(MEMBER, "help");

    assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(body.path("blocks").findValuesAsText("type")).contains("header", "section");
    assertThat(body.toString()).contains("/ally poll");
  }

  @Test
  void anUnknownCommandSaysWhatToDoNext() throws Exception {
    assertThat(h.command(MEMBER, "dance").toString())
        .contains("I don't know `dance`")
        .contains("/ally help");
  }

  @Test
  void campaignNewOpensAModalAndItsSubmissionCreatesTheCampaign() throws Exception {
    h.post(command(ADMIN, "campaign new"));
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.open") == 1);
    SlackCall open = h.slack.calls("views.open").getFirst();
    JsonNode view = open.json("view");
    assertThat(view.path("callback_id").asText()).isEqualTo("campaign.new");
    assertThat(view.path("blocks").findValuesAsText("block_id"))
        .contains("name", "audience", "mandatory");

    HttpResponse<String> bad =
        h.post(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                ADMIN,
                "campaign.new",
                Map.of("name", "Pilot", "polls", "someday"),
                view.path("private_metadata").asText(),
                trigger()));
    JsonNode errors = SlackServerHarness.json(bad.body());
    assertThat(errors.path("response_action").asText()).isEqualTo("errors");
    assertThat(errors.path("errors").has("polls")).isTrue();

    HttpResponse<String> ok =
        h.post(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                ADMIN,
                "campaign.new",
                Map.of("name", "Pilot", "audience", "all"),
                view.path("private_metadata").asText(),
                trigger()));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEmpty();
    assertThat(
            h.server
                .runtime()
                .bot()
                .context()
                .campaigns()
                .find(SlackServerHarness.WORKSPACE, "pilot"))
        .isPresent();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() ->
            h.slack.calls("response_url").stream()
                .anyMatch(c -> c.param("text").contains("Pilot")));
  }

  @Test
  void aPollClickRecordsTheAnswerAndReplacesTheMessageThroughItsResponseUrl() throws Exception {
    JsonNode poll = h.command(MEMBER, "poll");
    JsonNode button =
        poll.findParents("action_id").stream()
            .filter(b -> b.path("action_id").asText().contains("poll.answer"))
            .findFirst()
            .orElseThrow();
    String responseUrl = h.slack.responseUrl("poll-click");

    HttpResponse<String> r =
        h.post(
            SlackPayloads.blockAction(
                FakeSlackApi.TEAM,
                MEMBER,
                button.path("action_id").asText(),
                button.path("value").asText(),
                responseUrl,
                trigger(),
                false));

    assertThat(r.statusCode()).isEqualTo(200);
    PollChoice choice = PollChoice.decode(button.path("value").asText()).orElseThrow();
    assertThat(
            h.server
                .runtime()
                .bot()
                .context()
                .answers()
                .answerOf(SlackServerHarness.user(MEMBER), choice.pollKey()))
        .contains(choice.optionId());
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("response_url") == 1);
    SlackCall replaced = h.slack.calls("response_url").getFirst();
    assertThat(replaced.param("replace_original")).isEqualTo("true");
    assertThat(replaced.param("blocks")).contains("✓").contains("You chose");
    assertThat(h.slack.count("chat.update")).isZero();
  }

  @Test
  void aButtonOnTheHomeTabChangesTheSettingAndRepublishesTheHome() throws Exception {
    HttpResponse<String> r =
        h.post(
            SlackPayloads.blockAction(
                FakeSlackApi.TEAM, MEMBER, "ally:0:home.pause", "1w", "", trigger(), true));

    assertThat(r.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.publish") == 1);
    assertThat(
            h.server
                .runtime()
                .bot()
                .context()
                .members()
                .find(SlackServerHarness.user(MEMBER))
                .orElseThrow()
                .pausedUntil())
        .isNotNull();
    assertThat(h.slack.count("response_url")).isZero();
  }

  @Test
  void openingTheHomeTabPublishesTheMembersHome() throws Exception {
    var event = SlackPayloads.eventOf("app_home_opened").put("user", MEMBER).put("tab", "home");

    HttpResponse<String> r = h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0HOME001", event));

    assertThat(r.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.publish") == 1);
    SlackCall publish = h.slack.calls("views.publish").getFirst();
    assertThat(publish.param("user_id")).isEqualTo(MEMBER);
    assertThat(publish.json("view").path("type").asText()).isEqualTo("home");
    assertThat(publish.param("view")).contains("Your allyship practice");
  }

  @Test
  void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
    var event = SlackPayloads.eventOf("app_home_opened").put("user", MEMBER).put("tab", "home");
    String body = SlackPayloads.event(FakeSlackApi.TEAM, "Ev0DUPE001", event);

    h.post(body);
    HttpResponse<String> retry =
        h.send(h.signer.post(h.events(), body).header("X-Slack-Retry-Num", "1").build());

    assertThat(retry.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.publish") == 1);
    Thread.sleep(300);
    assertThat(h.slack.count("views.publish")).isEqualTo(1);
  }

  @Test
  void theSameClickDeliveredTwiceIsAnsweredOnce() throws Exception {
    JsonNode poll = h.command(MEMBER, "poll");
    JsonNode button = poll.findParents("action_id").getFirst();
    String click =
        SlackPayloads.blockAction(
            FakeSlackApi.TEAM,
            MEMBER,
            button.path("action_id").asText(),
            button.path("value").asText(),
            h.slack.responseUrl("dupe"),
            trigger(),
            false);

    h.post(click);
    h.post(click);

    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("response_url") == 1);
    Thread.sleep(300);
    assertThat(h.slack.count("response_url")).isEqualTo(1);
  }

  @Test
  void uninstallingDeletesTheWorkspacesData() throws Exception {
    h.command(MEMBER, "stats");
    assertThat(h.redis.keys(Keys.workspacePattern(SlackServerHarness.WORKSPACE))).isNotEmpty();

    h.post(
        SlackPayloads.event(
            FakeSlackApi.TEAM, "Ev0GONE001", SlackPayloads.eventOf("app_uninstalled")));

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> h.redis.keys(Keys.workspacePattern(SlackServerHarness.WORKSPACE)).isEmpty());
  }

  @Test
  void aMemberJoiningAChannelAndAProfileChangeReachTheCore() throws Exception {
    var joined =
        SlackPayloads.eventOf("member_joined_channel")
            .put("user", "U0JOINER001")
            .put("channel", "C0AUDIENCE1")
            .put("team", FakeSlackApi.TEAM);
    h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0JOIN001", joined));
    var changed = SlackPayloads.eventOf("user_change");
    changed
        .putObject("user")
        .put("id", MEMBER)
        .put("team_id", FakeSlackApi.TEAM)
        .put("name", "sam")
        .put("tz", "Asia/Tokyo");
    h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0USER001", changed));

    var members = h.server.runtime().bot().context().members();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() ->
            members.find(SlackServerHarness.user("U0JOINER001")).isPresent()
                && members
                    .find(SlackServerHarness.user(MEMBER))
                    .map(m -> m.timeZone().equals("Asia/Tokyo"))
                    .orElse(false));
  }

  @Test
  void aDirectMessageIsReadAsACommandAndAnsweredInTheConversation() throws Exception {
    var message =
        SlackPayloads.eventOf("message")
            .put("user", MEMBER)
            .put("text", "help")
            .put("channel", "D0MEMBER001")
            .put("channel_type", "im")
            .put("ts", "1700000000.000700");

    h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0DM00001", message));

    // The first reply a member gets is the introduction, then the help: wait for the help.
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() ->
            h.slack.calls("chat.postMessage").stream()
                .anyMatch(c -> String.valueOf(c.param("blocks")).contains("/ally poll")));
    SlackCall reply =
        h.slack.calls("chat.postMessage").stream()
            .filter(c -> String.valueOf(c.param("blocks")).contains("/ally poll"))
            .findFirst()
            .orElseThrow();
    assertThat(reply.param("channel")).isEqualTo("D0MEMBER001");
  }

  @Test
  void theGlobalShortcutOpensTheCoresAskAnswerInAModal() throws Exception {
    HttpResponse<String> r =
        h.post(SlackPayloads.shortcut(FakeSlackApi.TEAM, MEMBER, "ask_allies", trigger(), null));

    assertThat(r.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.open") == 1);
    assertThat(h.slack.calls("views.open").getFirst().json("view").path("type").asText())
        .isEqualTo("modal");
  }

  @Test
  void theMessageShortcutAsksBeforeQuotingSomeoneElse() throws Exception {
    var message = SlackPayloads.message("U0SOMEONE01", "I was talked over again in the standup");

    h.post(
        SlackPayloads.shortcut(
            FakeSlackApi.TEAM, MEMBER, "ask_allies_about_message", trigger(), message));

    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.open") == 1);
    JsonNode confirm = h.slack.calls("views.open").getFirst().json("view");
    assertThat(confirm.path("callback_id").asText()).isEqualTo("allybot.quote");
    assertThat(confirm.at("/blocks/0/element/initial_option/value").asText()).isEqualTo("no");

    HttpResponse<String> next =
        h.post(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                MEMBER,
                "allybot.quote",
                Map.of(),
                confirm.path("private_metadata").asText(),
                trigger()));
    assertThat(SlackServerHarness.json(next.body()).path("response_action").asText())
        .isEqualTo("update");
    assertThat(next.body()).doesNotContain("talked over");
  }

  @Test
  void anOptionsRequestGetsAnEmptyListRatherThanAnError() throws Exception {
    HttpResponse<String> r =
        h.post(SlackPayloads.blockSuggestion(FakeSlackApi.TEAM, MEMBER, "ally:0:campaign.x", "pi"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(SlackServerHarness.json(r.body()).path("options").isArray()).isTrue();
    assertThat(SlackServerHarness.json(r.body()).path("options")).isEmpty();
  }

  @Test
  void aReplyThatSlackRateLimitsIsSentAfterItsRetryAfter() throws Exception {
    h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0DM00011", directMessage("help", "1")));
    await().atMost(Duration.ofSeconds(5)).until(() -> helpReplies() == 1);
    h.slack.failNext("chat.postMessage", 1, SlackFailure.rateLimited(1));

    h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0DM00012", directMessage("help", "2")));

    await().atMost(Duration.ofSeconds(10)).until(() -> helpReplies() == 2);
    assertThat(h.slack.rateLimited()).isEqualTo(1);
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode directMessage(
      String text, String n) {
    return SlackPayloads.eventOf("message")
        .put("user", MEMBER)
        .put("text", text)
        .put("channel", "D0MEMBER001")
        .put("channel_type", "im")
        .put("ts", "1700000000.00080" + n);
  }

  private long helpReplies() {
    return h.slack.calls("chat.postMessage").stream()
        .filter(c -> c.ok() && String.valueOf(c.param("blocks")).contains("/ally poll"))
        .count();
  }

  @Test
  void aResponseUrlPostThatFailsWithA5xxIsTriedOnceMore() throws Exception {
    JsonNode poll = h.command(MEMBER, "poll");
    JsonNode button =
        poll.findParents("action_id").stream()
            .filter(b -> b.path("action_id").asText().contains("poll.answer"))
            .findFirst()
            .orElseThrow();
    h.slack.failNext("response_url", 1, SlackFailure.status(502));

    h.post(
        SlackPayloads.blockAction(
            FakeSlackApi.TEAM,
            MEMBER,
            button.path("action_id").asText(),
            button.path("value").asText(),
            h.slack.responseUrl("flaky"),
            trigger(),
            false));

    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("response_url") == 1);
    assertThat(h.slack.calls("response_url")).hasSize(2);
    assertThat(h.slack.calls("response_url").getLast().param("blocks")).contains("You chose");
  }
}
