package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.MEMBER;
import static org.allybot.server.slack.SlackServerHarness.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack gives an interaction 3 seconds. A member Allybot has not met yet needs a {@code users.info}
 * call first; when Slack is slow to answer it, the ack still goes in time and the reply follows.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackAckTimeTest {
  private static final Duration SLOW = Duration.ofSeconds(4);
  private static final long ACK_LIMIT_MS = 3_000;

  @TempDir Path data;
  private SlackServerHarness h;

  @BeforeEach
  void start(RedisEndpoint redis) {
    h = SlackServerHarness.start(redis, data, Map.of());
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void aCommandFromANewMemberIsAckedInTimeAndAnsweredThroughItsResponseUrl() throws Exception {
    h.slack.slow("users.info", SLOW);
    String responseUrl = h.slack.responseUrl("slow-help");

    long started = System.nanoTime();
    HttpResponse<String> r =
        h.post(
            SlackPayloads.command(
                FakeSlackApi.TEAM, "U0NEWMEMB01", "help", responseUrl, trigger()));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(ACK_LIMIT_MS);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() ->
            h.slack.calls("response_url").stream()
                .anyMatch(c -> c.param("blocks").contains("/ally poll")));
  }

  @Test
  void aPollClickFromANewMemberIsAckedInTimeAndTheMessageUpdatedAfter() throws Exception {
    JsonNode poll =
        SlackServerHarness.json(
            h.post(
                    SlackPayloads.command(
                        FakeSlackApi.TEAM, MEMBER, "poll", h.slack.responseUrl("p"), trigger()))
                .body());
    JsonNode button =
        poll.findParents("action_id").stream()
            .filter(b -> b.path("action_id").asText().contains("poll.answer"))
            .findFirst()
            .orElseThrow();
    h.slack.slow("users.info", SLOW);

    long started = System.nanoTime();
    HttpResponse<String> r =
        h.post(
            SlackPayloads.blockAction(
                FakeSlackApi.TEAM,
                "U0NEWMEMB02",
                button.path("action_id").asText(),
                button.path("value").asText(),
                h.slack.responseUrl("slow-click"),
                trigger(),
                false));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(ACK_LIMIT_MS);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() ->
            h.slack.calls("response_url").stream()
                .anyMatch(c -> c.param("blocks").contains("You chose")));
  }
}
