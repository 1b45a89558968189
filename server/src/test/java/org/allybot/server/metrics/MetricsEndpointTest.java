package org.allybot.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.DeliveryException;
import org.allybot.core.MasterKey;
import org.allybot.core.Platform;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.DeliveryQueue;
import org.allybot.core.delivery.RateLimits;
import org.allybot.core.member.Member;
import org.allybot.core.store.RedisDeliveryStores;
import org.allybot.server.http.HttpServer;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} in Prometheus' text format, as a scraper reads it, and who may read it. */
@ExtendWith(EmbeddedRedisExtension.class)
final class MetricsEndpointTest {
  private static final Pattern METRIC = Pattern.compile("allybot_[a-z_]+");
  private static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, "T0SECRET1");

  @TempDir Path data;

  private final RecordingChatPlatform slack = new RecordingChatPlatform(Platform.SLACK);

  @Test
  void deliveriesWaits429sQueueAndRedisAreExposedPerPlatformWithoutIds(RedisEndpoint redis)
      throws Exception {
    PrometheusMeterRegistry registry = HttpServer.metrics();
    slack.failNextSends(1, () -> new DeliveryException.RateLimited(Duration.ofMillis(50)));
    int port = EmbeddedRedisExtension.freePort();
    try (AllybotRuntime runtime = start(redis, registry);
        HttpServer http = start(port, runtime, registry, MetricsSettings.open())) {
      DeliveryQueue queue = RedisDeliveryStores.on(runtime.redis()).queue();
      List<Delivery> deliveries = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        runtime
            .bot()
            .context()
            .members()
            .save(Member.newcomer(new UserRef(WS, "U0PERSON" + i), "Ann", "UTC", Instant.now()));
        deliveries.add(notice("m" + i, "U0PERSON" + i));
      }
      deliveries.add(notice("gone", "U0LEFT"));
      queue.enqueueAll(deliveries);
      await().atMost(Duration.ofSeconds(30)).until(() -> queue.pending() == 0);

      HttpResponse<String> scrape = get(port, Optional.empty());

      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
      assertThat(scrape.body())
          .contains("allybot_deliveries_total{outcome=\"sent\",platform=\"slack\"} 5.0")
          .contains("allybot_deliveries_total{outcome=\"skipped\",platform=\"slack\"} 1.0")
          .contains("allybot_deliveries_total{outcome=\"failed\",platform=\"slack\"} 0.0")
          .contains("allybot_rate_limited_total{platform=\"slack\"} 1.0")
          .contains("allybot_rate_limit_waits_seconds_count{platform=\"slack\"}")
          .contains("allybot_deliveries_reclaimed_total 0.0")
          .contains("allybot_queue_depth 0.0")
          .contains("allybot_queue_oldest_age_seconds 0.0")
          .contains("allybot_redis_ping_seconds ")
          .doesNotContain("T0SECRET1")
          .doesNotContain("U0PERSON")
          .doesNotContain("Ann");
    }
  }

  @Test
  void theQueuesDepthAndOldestAgeShowWhatWaits(RedisEndpoint redis) throws Exception {
    PrometheusMeterRegistry registry = HttpServer.metrics();
    try (AllybotRuntime runtime = start(redis, registry)) {
      runtime.drain(); // nothing reads the queue
      DeliveryQueue queue = RedisDeliveryStores.on(runtime.redis()).queue();
      queue.enqueueAll(List.of(notice("a", "U1"), notice("b", "U2")));

      String text = registry.scrape();

      assertThat(text).contains("allybot_queue_depth 2.0");
      assertThat(gauge(text, "allybot_queue_oldest_age_seconds")).isBetween(-5.0, 600.0);
    }
  }

  @Test
  void aTokenKeepsOutScrapersWithoutItAndOffServesNothing(RedisEndpoint redis) throws Exception {
    PrometheusMeterRegistry registry = HttpServer.metrics();
    String token = "0123456789abcdef0123";
    int port = EmbeddedRedisExtension.freePort();
    try (AllybotRuntime runtime = start(redis, registry)) {
      try (HttpServer http =
          start(port, runtime, registry, new MetricsSettings(true, Optional.of(token)))) {
        assertThat(get(port, Optional.empty()).statusCode()).isEqualTo(401);
        assertThat(get(port, Optional.of("Bearer wrong")).statusCode()).isEqualTo(401);
        assertThat(get(port, Optional.of("Bearer " + token)).statusCode()).isEqualTo(200);
      }
      int other = EmbeddedRedisExtension.freePort();
      try (HttpServer http =
          start(other, runtime, registry, new MetricsSettings(false, Optional.empty()))) {
        assertThat(get(other, Optional.empty()).statusCode()).isEqualTo(404);
      }
    }
  }

  @Test
  void everyMetricTheGrafanaDashboardQueriesIsExposed(RedisEndpoint redis) throws Exception {
    PrometheusMeterRegistry registry = HttpServer.metrics();
    Path dashboard = root().resolve("deploy/grafana/allybot-dashboard.json");
    JsonNode panels = new ObjectMapper().readTree(dashboard.toFile()).get("panels");
    Set<String> queried = new TreeSet<>();
    for (JsonNode panel : panels) {
      for (JsonNode target : panel.get("targets")) {
        Matcher names = METRIC.matcher(target.get("expr").asText());
        while (names.find()) {
          queried.add(names.group());
        }
      }
    }
    try (AllybotRuntime runtime = start(redis, registry)) {
      String text = registry.scrape();

      assertThat(queried).hasSizeGreaterThanOrEqualTo(8);
      for (String name : queried) {
        if (!name.startsWith("allybot_xapi_")) { // bound only when the export is on (XapiMetrics)
          assertThat(text).as("the dashboard's %s", name).containsPattern("(?m)^" + name + "[ {]");
        }
      }
    }
  }

  /** The folder of the root pom, walking up from the module. */
  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (!java.nio.file.Files.isDirectory(dir.resolve("deploy"))) {
      dir = dir.getParent();
    }
    return dir;
  }

  @Test
  void badMetricsSettingsAreListedWithoutTheToken() {
    List<String> problems = new ArrayList<>();

    MetricsSettings settings =
        MetricsSettings.from(
            Map.of("ALLYBOT_METRICS", "maybe", "ALLYBOT_METRICS_TOKEN", "short"), problems);

    assertThat(problems)
        .containsExactly(
            "ALLYBOT_METRICS must be on or off",
            "ALLYBOT_METRICS_TOKEN must be at least 16 characters (for example from 'openssl rand"
                + " -hex 24')");
    assertThat(settings.toString()).doesNotContain("short");
  }

  private AllybotRuntime start(RedisEndpoint redis, PrometheusMeterRegistry registry) {
    AllybotRuntime runtime =
        AllybotRuntime.start(
            Settings.from(
                Map.of(
                    "REDIS_URL", redis.url(),
                    "ALLYBOT_SECRET_KEY", MasterKey.generate().toBase64(),
                    "ALLYBOT_DATA_DIR", data.toString())),
            (jedis, key) -> Map.of(Platform.SLACK, slack),
            Clock.systemUTC(),
            Map.of(Platform.SLACK, RateLimits.uniform(10)),
            new DeliveryMetrics(registry));
    runtime.redis().flushAll();
    StoreMetrics.bind(registry, runtime, RedisDeliveryStores.on(runtime.redis()).queue());
    return runtime;
  }

  private static HttpServer start(
      int port, AllybotRuntime runtime, PrometheusMeterRegistry registry, MetricsSettings access) {
    return HttpServer.start(port, runtime, registry, access, config -> {});
  }

  private static Delivery notice(String id, String user) {
    return Delivery.toMember(id, WS, user, Delivery.Kind.NOTICE, Map.of("text", "hello"));
  }

  private static double gauge(String text, String name) {
    return text.lines()
        .filter(line -> line.startsWith(name + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(name.length() + 1)))
        .findFirst()
        .orElseThrow();
  }

  private static HttpResponse<String> get(int port, Optional<String> authorization)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"));
    authorization.ifPresent(value -> request.header("Authorization", value));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
