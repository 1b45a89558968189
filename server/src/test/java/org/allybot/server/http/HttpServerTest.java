package org.allybot.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.Each.class)
class HttpServerTest {
  @Test
  void servesHealthReadinessMetricsAndThePrivacyPage(RunningServer server) throws Exception {
    assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
    assertThat(server.get("/readyz").body()).isEqualTo("ready");
    assertThat(server.get("/metrics").statusCode()).isEqualTo(200);
    HttpResponse<String> privacy = server.get("/privacy");
    assertThat(privacy.statusCode()).isEqualTo(200);
    assertThat(privacy.headers().firstValue("content-type").orElse("")).startsWith("text/html");
    assertThat(privacy.body())
        .contains("Your answers are private.")
        .contains("/ally forget-me")
        .contains("groups of five or more");
    assertThat(server.get("/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void theXapiTermsAllybotMintsResolveToThePageThatDescribesThem(RunningServer server)
      throws Exception {
    for (String term : java.util.List.of("verbs/committed", "extensions/senses")) {
      HttpResponse<String> page = server.get("/xapi/" + term);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Verb: committed").contains("Context extension: senses");
    }
  }

  @Test
  void readinessFailsWhenRedisIsGone(RunningServer server) throws Exception {
    try {
      server.runtime().redis().sendCommand(redis.clients.jedis.Protocol.Command.SHUTDOWN, "NOSAVE");
    } catch (RuntimeException expected) {
      // the server closes the connection as it stops
    }
    HttpResponse<String> ready = server.get("/readyz");
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
  }

  @Test
  void readinessTurnsFalseAsSoonAsAGracefulStopBeginsWhileHealthStaysUp(RunningServer server)
      throws Exception {
    assertThat(server.get("/readyz").statusCode()).isEqualTo(200);

    server.runtime().drain();

    assertThat(server.get("/readyz").statusCode()).isEqualTo(503);
    assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
    assertThat(server.runtime().redis().ping()).as("Redis outlives the drain").isEqualTo("PONG");
  }
}
