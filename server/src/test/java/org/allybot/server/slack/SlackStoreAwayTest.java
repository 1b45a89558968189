package org.allybot.server.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.allybot.testkit.CapturedLog;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/** A store that is away is the server's fault: a 503, which Slack retries, and no stack trace. */
class SlackStoreAwayTest {
  @Test
  void aCommandWhileRedisIsAwayIsA503WithoutAStackTrace() throws Exception {
    int port = EmbeddedRedisExtension.freePort();
    Path dir = Files.createTempDirectory("allybot-away-redis");
    RedisServer redis =
        RedisServer.builder()
            .port(port)
            .setting("bind 127.0.0.1")
            .setting("dir " + dir)
            .setting("save \"\"")
            .setting("appendonly no")
            .build();
    redis.start();
    try (SlackServerHarness h =
        SlackServerHarness.start(new RedisEndpoint("127.0.0.1", port), Map.of())) {
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

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(log.warnings("failed (503)")).hasSize(1);
        assertThat(log.stackTraces()).isZero();
      }
    } finally {
      redis.stop();
    }
  }
}
