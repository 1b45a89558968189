package org.allybot.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allybot serve} on its embedded Redis, stopped as a platform stops it (SIGTERM to the JVM
 * only, as Docker and Kubernetes do): the delivery workers stop while Redis still answers, so no
 * "cannot read the queue" line, and the Redis it started is gone once it has exited.
 */
final class ServeStopsInOrderTest {
  @TempDir Path data;

  @Test
  void sigtermStopsTheWorkersBeforeTheEmbeddedRedisAndLeavesNothingRunning() throws Exception {
    int port = EmbeddedRedisExtension.freePort();
    Path log = data.resolve("serve.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.allybot.server.Main",
                "serve")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("ALLYBOT_DATA_DIR", data.resolve("data").toString());
    builder.environment().remove("REDIS_URL");
    Process serve = builder.start();
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> !serve.isAlive() || ready(port));
      List<ProcessHandle> redis =
          serve.descendants().filter(p -> command(p).contains("redis-server")).toList();
      assertThat(redis).as("the embedded Redis, in %s", Files.readString(log)).hasSize(1);

      serve.destroy(); // SIGTERM

      assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = Files.readString(log);
      assertThat(output)
          .contains("delivery worker")
          .contains("stopped")
          .doesNotContain("cannot read the queue")
          .doesNotContain("Could not stop")
          .doesNotContain("ERROR");
      await().atMost(Duration.ofSeconds(10)).until(() -> !redis.getFirst().isAlive());
    } finally {
      serve.destroyForcibly();
    }
  }

  private static boolean ready(int port) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                      .timeout(Duration.ofSeconds(2))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }

  private static String command(ProcessHandle process) {
    return process.info().command().orElse("");
  }
}
