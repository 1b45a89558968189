package org.allybot.bench.slack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.allybot.server.Server;
import org.allybot.server.runtime.TempFolder;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.fuzz.FuzzCase;
import org.allybot.testkit.fuzz.FuzzRun;
import org.allybot.testkit.fuzz.SlackRequestCases;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackSigner;

/**
 * The standing fuzz driver for {@code /slack/events}: starts the real server on the embedded Redis
 * against a fake Slack, sends it signed, mutated Slack requests (commands, button presses, modal
 * submissions, shortcuts, events) and prints what came back ({@link FuzzRun}).
 */
final class SlackFuzzDriver {
  private SlackFuzzDriver() {}

  /** Runs {@code count} requests from {@code seed}; true when none got a 5xx or logged a trace. */
  static boolean run(int count, long seed) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    SlackSigner signer = SlackSigner.withTestSecret();
    try (TempFolder data = TempFolder.create("allybot-slack-fuzz");
        FakeSlackApi fake = FakeSlackApi.start().keepParams(false)) {
      SlackRequestCases cases = new SlackRequestCases(FakeSlackApi.TEAM, fake.responseUrl("fz"));
      return new FuzzRun("POST /slack/events", count, 4, seed)
          .run(
              () -> start(data, fake),
              (server, random) -> cases.next(random),
              (server, c) -> send(http, signer, events(server), c));
    }
  }

  private static Server start(TempFolder data, FakeSlackApi fake) {
    return Server.start(
        Map.of(
            "PORT",
            Integer.toString(EmbeddedRedisExtension.freePort()),
            "ALLYBOT_DATA_DIR",
            data.path().toString(),
            "ALLYBOT_ADMINS",
            "U0ADMIN0001",
            "SLACK_SIGNING_SECRET",
            SlackSigner.SECRET,
            "SLACK_BOT_TOKEN",
            FakeSlackApi.BOT_TOKEN,
            "SLACK_API_URL",
            fake.apiUrl()),
        Clock.systemUTC());
  }

  private static URI events(Server server) {
    return URI.create("http://127.0.0.1:" + server.port() + "/slack/events");
  }

  private static int send(HttpClient http, SlackSigner signer, URI uri, FuzzCase c) {
    try {
      return http.send(
              signer.post(uri, SlackRequestCases.body(c)).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return 0;
    }
  }
}
