package org.allybot.server.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.allybot.server.Server;
import org.allybot.testkit.CapturedLog;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.FakeSocketMode;
import org.allybot.testkit.slack.SlackSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/**
 * Envelopes over Socket Mode do not pass the HTTP endpoint, and get the same check: a command from
 * a team id of another shape is acked with the polite answer, stores nothing, and leaves one WARN
 * line without its text.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackSocketModeBadInputTest {
  @TempDir Path data;

  @Test
  void aCommandFromATeamIdOfAnotherShapeIsAckedPolitelyAndStoresNothing(RedisEndpoint redis)
      throws Exception {
    try (FakeSlackApi slack = FakeSlackApi.start();
        FakeSocketMode socket = FakeSocketMode.listen();
        UnifiedJedis jedis = RedisClient.create(URI.create(redis.url()))) {
      jedis.flushAll();
      slack.socketModeUrl(socket.url());
      Map<String, String> env = new HashMap<>();
      env.put("REDIS_URL", redis.url());
      env.put("ALLYBOT_SECRET_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
      env.put("ALLYBOT_DATA_DIR", data.toString());
      env.put("PORT", Integer.toString(EmbeddedRedisExtension.freePort()));
      env.put("SLACK_SIGNING_SECRET", SlackSigner.SECRET);
      env.put("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN);
      env.put("SLACK_APP_TOKEN", FakeSlackApi.APP_TOKEN);
      env.put("SLACK_API_URL", slack.apiUrl());
      try (Server server = Server.start(env, Clock.systemUTC());
          CapturedLog log = CapturedLog.start()) {
        assertThat(socket.awaitConnection(10)).isTrue();

        socket.push(
            """
            {"envelope_id":"env-bad","type":"slash_commands","accepts_response_payload":true,
             "payload":{"team_id":"T0:ALLY{1}","user_id":"U0SOCKET002","user_name":"sock",
             "command":"/ally","text":"stats zebra-crossing-confidential-words",
             "channel_id":"C0GENERAL01","response_url":"%s","trigger_id":"t.sock.2",
             "api_app_id":"A0ALLYBOT00"}}
            """
                .formatted(slack.responseUrl("sock")));

        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> socket.received().stream().anyMatch(m -> m.contains("env-bad")));
        String ack =
            socket.received().stream().filter(m -> m.contains("env-bad")).findFirst().orElseThrow();
        assertThat(ack).contains("ephemeral").contains("could not read");
        assertThat(jedis.keys("*U0SOCKET002*")).isEmpty();
        assertThat(log.lines(Level.WARN))
            .singleElement()
            .asString()
            .containsPattern("Slack request sm-[0-9a-f]+ \\(slash command\\) refused: team id");
        assertThat(log.text()).doesNotContain("zebra");
        assertThat(log.stackTraces()).isZero();
      }
    }
  }
}
