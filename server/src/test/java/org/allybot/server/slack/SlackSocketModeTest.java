package org.allybot.server.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.allybot.server.Server;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.FakeSocketMode;
import org.allybot.testkit.slack.SlackSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** With SLACK_APP_TOKEN the server connects over Socket Mode and answers envelopes there. */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackSocketModeTest {
  @TempDir Path data;

  @Test
  void startsOverSocketModeAndAcksASlashCommandWithItsReply(RedisEndpoint redis) throws Exception {
    try (FakeSlackApi slack = FakeSlackApi.start();
        FakeSocketMode socket = FakeSocketMode.listen()) {
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
      try (Server server = Server.start(env, Clock.systemUTC())) {
        assertThat(server.slackSocketMode()).isTrue();
        assertThat(socket.awaitConnection(10)).isTrue();
        assertThat(slack.calls("apps.connections.open").getFirst().token())
            .isEqualTo(FakeSlackApi.APP_TOKEN);

        socket.push(
            """
            {"envelope_id":"env-1","type":"slash_commands","accepts_response_payload":true,
             "payload":{"team_id":"%s","user_id":"U0SOCKET001","user_name":"sock","command":"/ally",
             "text":"help","channel_id":"C0GENERAL01","response_url":"%s","trigger_id":"t.sock.1",
             "api_app_id":"A0ALLYBOT00"}}
            """
                .formatted(FakeSlackApi.TEAM, slack.responseUrl("sock")));

        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> socket.received().stream().anyMatch(m -> m.contains("env-1")));
        String ack =
            socket.received().stream().filter(m -> m.contains("env-1")).findFirst().orElseThrow();
        assertThat(ack).contains("ephemeral").contains("/ally poll");
        assertThat(URI.create(socket.url()).getPort()).isPositive();
      }
    }
  }
}
