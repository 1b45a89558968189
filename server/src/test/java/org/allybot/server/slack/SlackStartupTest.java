package org.allybot.server.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.allybot.server.Server;
import org.allybot.server.runtime.Settings;
import org.allybot.slack.SlackStartupException;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Start-up refuses bad Slack settings all at once, and a Slack it cannot reach in one line. */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackStartupTest {
  @TempDir Path data;

  private Map<String, String> env(RedisEndpoint redis, Map<String, String> slack) {
    Map<String, String> env = new HashMap<>(slack);
    env.put("REDIS_URL", redis.url());
    env.put("ALLYBOT_SECRET_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
    env.put("ALLYBOT_DATA_DIR", data.toString());
    env.put("PORT", Integer.toString(EmbeddedRedisExtension.freePort()));
    return env;
  }

  private static long liveNonDaemonThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.isDaemon())
        .filter(t -> !t.getName().equals("main") && !t.getName().startsWith("surefire"))
        .filter(t -> t.getThreadGroup() == null || !t.getThreadGroup().getName().equals("system"))
        .count();
  }

  @Test
  void contradictoryAndMissingSettingsAreAllListed(RedisEndpoint redis) {
    Map<String, String> env =
        env(
            redis,
            Map.of(
                "SLACK_SIGNING_SECRET", "s",
                "SLACK_BOT_TOKEN", "not-a-token",
                "SLACK_CLIENT_ID", "123.456",
                "SLACK_APP_TOKEN", "xoxb-wrong-kind",
                "SLACK_API_URL", "ftp://example/api",
                "ALLYBOT_DEFAULT_TZ", "Mars/Olympus"));

    assertThatThrownBy(() -> Server.start(env, Clock.systemUTC()))
        .isInstanceOf(Settings.SettingsException.class)
        .hasMessageContaining("ALLYBOT_DEFAULT_TZ")
        .hasMessageContaining("not both")
        .hasMessageContaining("SLACK_BOT_TOKEN must be a bot token")
        .hasMessageContaining("SLACK_APP_TOKEN must be an app-level token")
        .hasMessageContaining("SLACK_API_URL must be");
  }

  @Test
  void oauthWithoutItsSecretAndScopesNamesBoth(RedisEndpoint redis) {
    Map<String, String> env =
        env(redis, Map.of("SLACK_SIGNING_SECRET", "s", "SLACK_CLIENT_ID", "123.456"));

    assertThatThrownBy(() -> Server.start(env, Clock.systemUTC()))
        .hasMessageContaining("SLACK_CLIENT_SECRET is missing")
        .hasMessageContaining("SLACK_SCOPES is missing");
  }

  @Test
  void aTokenWithoutASigningSecretIsAProblem(RedisEndpoint redis) {
    Map<String, String> env = env(redis, Map.of("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN));

    assertThatThrownBy(() -> Server.start(env, Clock.systemUTC()))
        .hasMessageContaining("SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not");
  }

  @Test
  void anUnreachableSlackStopsStartUpInOneLineAndLeavesNothingRunning(RedisEndpoint redis) {
    long before = liveNonDaemonThreads();
    int closed = EmbeddedRedisExtension.freePort();
    Map<String, String> env =
        env(
            redis,
            Map.of(
                "SLACK_SIGNING_SECRET", SlackSigner.SECRET,
                "SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN,
                "SLACK_API_URL", "http://127.0.0.1:" + closed + "/api/"));

    assertThatThrownBy(() -> Server.start(env, Clock.systemUTC()))
        .isInstanceOf(SlackStartupException.class)
        .hasMessageContaining("cannot be reached")
        .hasMessageContaining("SLACK_API_URL")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThat(liveNonDaemonThreads()).isLessThanOrEqualTo(before);
  }

  @Test
  void aRevokedTokenStopsStartUpAndSaysSo(RedisEndpoint redis) {
    try (FakeSlackApi slack = FakeSlackApi.start()) {
      Map<String, String> env =
          env(
              redis,
              Map.of(
                  "SLACK_SIGNING_SECRET",
                  SlackSigner.SECRET,
                  "SLACK_BOT_TOKEN",
                  "xoxb-0000000000000-0000000000000-RevokedTokenForTests",
                  "SLACK_API_URL",
                  slack.apiUrl()));

      assertThatThrownBy(() -> Server.start(env, Clock.systemUTC()))
          .isInstanceOf(SlackStartupException.class)
          .hasMessageContaining("invalid_auth");
    }
  }
}
