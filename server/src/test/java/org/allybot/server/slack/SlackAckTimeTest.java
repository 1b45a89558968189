package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.MEMBER;
import static org.allybot.server.slack.SlackServerHarness.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.allybot.slack.handler.CoreCalls;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack gives an interaction 3 seconds. A member Allybot has not met yet needs a {@code users.info}
 * call first; when Slack is slow to answer it, the ack goes once the ack budget is spent, without
 * Slack's answer, and the reply follows. Slack here answers {@code users.info} only when the test
 * says, so no timing decides the outcome.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackAckTimeTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackAckTimeTest(SlackServerHarness h) {
    this.h = h;
  }

  /** The answer to a post, which must come while Slack still holds {@code users.info}. */
  private HttpResponse<String> ackWhileUsersInfoIsHeld(String body) {
    long answered = h.slack.count("users.info");
    HttpResponse<String> ack =
        assertTimeoutPreemptively(
            PATIENCE, () -> h.post(body), "the ack waited for Slack's answer to users.info");
    assertThat(h.slack.count("users.info"))
        .as("users.info answered before the ack")
        .isEqualTo(answered);
    h.slack.release("users.info");
    return ack;
  }

  @Test
  void aCommandFromANewMemberIsAckedWithoutWaitingForSlackAndAnsweredThroughItsResponseUrl() {
    h.slack.hold("users.info");
    String responseUrl = h.slack.responseUrl("slow-help");

    HttpResponse<String> r =
        ackWhileUsersInfoIsHeld(
            SlackPayloads.command(
                FakeSlackApi.TEAM, "U0NEWMEMB01", "help", responseUrl, trigger()));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(CoreCalls.ACK_BUDGET).isLessThan(Duration.ofSeconds(3));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() ->
            h.slack.calls("response_url").stream()
                .anyMatch(c -> c.param("blocks").contains("/ally poll")));
  }

  @Test
  void aPollClickFromANewMemberIsAckedWithoutWaitingForSlackAndTheMessageUpdatedAfter()
      throws Exception {
    JsonNode poll = h.command(MEMBER, "poll");
    JsonNode button =
        poll.findParents("action_id").stream()
            .filter(b -> b.path("action_id").asText().contains("poll.answer"))
            .findFirst()
            .orElseThrow();
    h.slack.hold("users.info");

    HttpResponse<String> r =
        ackWhileUsersInfoIsHeld(
            SlackPayloads.blockAction(
                FakeSlackApi.TEAM,
                "U0NEWMEMB02",
                button.path("action_id").asText(),
                button.path("value").asText(),
                h.slack.responseUrl("slow-click"),
                trigger(),
                false));

    assertThat(r.statusCode()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() ->
            h.slack.calls("response_url").stream()
                .anyMatch(c -> c.param("blocks").contains("You chose")));
  }
}
