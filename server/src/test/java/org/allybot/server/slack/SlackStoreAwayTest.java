package org.allybot.server.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.allybot.testkit.CapturedLog;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/**
 * While the store is away (a Redis restart), a member's command or click is answered "try again in
 * a moment", without a stack trace: Slack never sends a command or a click again, and a 503 would
 * show the member nothing they can act on (ops/faults/redis-restart.sh found clicks answered so).
 */
class SlackStoreAwayTest {
  private static final String TRY_AGAIN = "Please try again in a moment.";

  private RedisServer redis;
  private SlackServerHarness h;

  @BeforeEach
  void start() throws Exception {
    int port = EmbeddedRedisExtension.freePort();
    Path dir = Files.createTempDirectory("allybot-away-redis");
    redis =
        RedisServer.builder()
            .port(port)
            .setting("bind 127.0.0.1")
            .setting("dir " + dir)
            .setting("save \"\"")
            .setting("appendonly no")
            .build();
    redis.start();
    h = SlackServerHarness.start(new RedisEndpoint("127.0.0.1", port), Map.of());
  }

  @AfterEach
  void stop() throws Exception {
    h.close();
    redis.stop();
  }

  @Test
  void aCommandWhileRedisIsAwayIsAnsweredTryAgainInAMomentWithoutAStackTrace() throws Exception {
    redis.stop();
    try (CapturedLog log = CapturedLog.start()) {
      HttpResponse<String> r =
          h.post(
              SlackPayloads.command(
                  FakeSlackApi.TEAM,
                  SlackServerHarness.MEMBER,
                  "stats",
                  h.slack.responseUrl("away"),
                  SlackServerHarness.trigger()));

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(h.reply(r, "away").path("text").asText())
          .contains("nothing was recorded")
          .contains(TRY_AGAIN);
      assertThat(log.stackTraces()).isZero();
    }
  }

  @Test
  void aPollAnswerWhileRedisIsAwayIsAcknowledgedAndAnsweredTryAgainInAMoment() throws Exception {
    h.command(SlackServerHarness.MEMBER, "help"); // a new member's first reply is the welcome
    JsonNode poll = h.command(SlackServerHarness.MEMBER, "poll");
    JsonNode button =
        poll.findParents("action_id").stream()
            .filter(b -> b.path("action_id").asText().contains("poll.answer"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no poll buttons in " + poll));
    redis.stop();
    try (CapturedLog log = CapturedLog.start()) {
      HttpResponse<String> ack =
          h.post(
              SlackPayloads.blockAction(
                  FakeSlackApi.TEAM,
                  SlackServerHarness.MEMBER,
                  button.path("action_id").asText(),
                  button.path("value").asText(),
                  h.slack.responseUrl("click"),
                  SlackServerHarness.trigger(),
                  false));

      assertThat(ack.statusCode()).isEqualTo(200);
      JsonNode reply = h.reply(ack, "click");
      assertThat(reply.path("text").asText()).contains(TRY_AGAIN);
      assertThat(reply.path("replace_original").asBoolean())
          .as("the poll stays as it was, to be answered again")
          .isFalse();
      assertThat(log.stackTraces()).isZero();
    }
  }
}
