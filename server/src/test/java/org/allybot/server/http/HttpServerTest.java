package org.allybot.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpServerTest {
  @TempDir Path data;

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesHealthReadinessMetricsAndThePrivacyPage() throws Exception {
    int port = EmbeddedRedisExtension.freePort();
    try (AllybotRuntime runtime =
            AllybotRuntime.start(
                Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString())),
                Map.of(),
                Clock.systemUTC());
        HttpServer http = HttpServer.start(port, runtime, HttpServer.metrics())) {
      assertThat(get(port, "/healthz").statusCode()).isEqualTo(200);
      assertThat(get(port, "/readyz").body()).isEqualTo("ready");
      assertThat(get(port, "/metrics").statusCode()).isEqualTo(200);
      HttpResponse<String> privacy = get(port, "/privacy");
      assertThat(privacy.statusCode()).isEqualTo(200);
      assertThat(privacy.headers().firstValue("content-type").orElse("")).startsWith("text/html");
      assertThat(privacy.body())
          .contains("Your answers are private.")
          .contains("/ally forget-me")
          .contains("groups of five or more");
      assertThat(get(port, "/nope").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void theXapiTermsAllybotMintsResolveToThePageThatDescribesThem() throws Exception {
    int port = EmbeddedRedisExtension.freePort();
    try (AllybotRuntime runtime =
            AllybotRuntime.start(
                Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString())),
                Map.of(),
                Clock.systemUTC());
        HttpServer http = HttpServer.start(port, runtime, HttpServer.metrics())) {
      for (String term : java.util.List.of("verbs/committed", "extensions/senses")) {
        HttpResponse<String> page = get(port, "/xapi/" + term);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Verb: committed").contains("Context extension: senses");
      }
    }
  }

  @Test
  void readinessFailsWhenRedisIsGone() throws Exception {
    int port = EmbeddedRedisExtension.freePort();
    try (AllybotRuntime runtime =
            AllybotRuntime.start(
                Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString())),
                Map.of(),
                Clock.systemUTC());
        HttpServer http = HttpServer.start(port, runtime, HttpServer.metrics())) {
      try {
        runtime.redis().sendCommand(redis.clients.jedis.Protocol.Command.SHUTDOWN, "NOSAVE");
      } catch (RuntimeException expected) {
        // the server closes the connection as it stops
      }
      HttpResponse<String> ready = get(port, "/readyz");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(get(port, "/healthz").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void readinessTurnsFalseAsSoonAsAGracefulStopBeginsWhileHealthStaysUp() throws Exception {
    int port = EmbeddedRedisExtension.freePort();
    try (AllybotRuntime runtime =
            AllybotRuntime.start(
                Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString())),
                Map.of(),
                Clock.systemUTC());
        HttpServer http = HttpServer.start(port, runtime, HttpServer.metrics())) {
      assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);

      runtime.drain();

      assertThat(get(port, "/readyz").statusCode()).isEqualTo(503);
      assertThat(get(port, "/healthz").statusCode()).isEqualTo(200);
      assertThat(runtime.redis().ping()).as("Redis outlives the drain").isEqualTo("PONG");
    }
  }
}
