package org.allybot.server.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.store.RedisConnection;
import org.allybot.server.Server;
import org.allybot.server.runtime.TempFolder;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.RedisEndpoint;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackCall;
import org.allybot.testkit.slack.SlackPayloads;
import org.allybot.testkit.slack.SlackSigner;
import redis.clients.jedis.UnifiedJedis;

/**
 * The real {@code serve} stack (settings, runtime on Redis, Slack adapter, Javalin) against a
 * {@link FakeSlackApi}, with helpers to send signed Slack requests to it.
 */
final class SlackServerHarness implements AutoCloseable {
  static final String ADMIN = "U0ADMIN0001";
  static final String MEMBER = "U0MEMBER001";
  static final WorkspaceId WORKSPACE = new WorkspaceId(Platform.SLACK, FakeSlackApi.TEAM);
  static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger TRIGGERS = new AtomicInteger();
  private static final Duration REPLY_PATIENCE = Duration.ofSeconds(60);

  final FakeSlackApi slack;
  final Server server;
  final UnifiedJedis redis;
  final SlackSigner signer = SlackSigner.withTestSecret();
  final HttpClient http = HttpClient.newHttpClient();
  private final TempFolder data;

  private SlackServerHarness(
      FakeSlackApi slack, Server server, UnifiedJedis redis, TempFolder data) {
    this.slack = slack;
    this.server = server;
    this.redis = redis;
    this.data = data;
  }

  /** A harness in single-workspace mode for each test that takes one, closed after the test. */
  static PerTest<SlackServerHarness> perTest() {
    return perTest(Map.of());
  }

  /** The same, where {@code extra} adds or overrides environment variables. */
  static PerTest<SlackServerHarness> perTest(Map<String, String> extra) {
    return PerTest.of(SlackServerHarness.class, endpoint -> start(endpoint, extra));
  }

  /** Single-workspace mode, with a data folder of its own that closing deletes. */
  static SlackServerHarness start(RedisEndpoint endpoint, Map<String, String> extra) {
    TempFolder data = TempFolder.create("allybot-slack-test");
    FakeSlackApi slack = FakeSlackApi.start().user(ADMIN, "Europe/Berlin", false);
    UnifiedJedis redis = RedisConnection.open(endpoint.url());
    redis.flushAll();
    Map<String, String> env = new HashMap<>();
    env.put("PORT", Integer.toString(EmbeddedRedisExtension.freePort()));
    env.put("REDIS_URL", endpoint.url());
    env.put("ALLYBOT_SECRET_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
    env.put("ALLYBOT_DATA_DIR", data.path().toString());
    env.put("ALLYBOT_ADMINS", ADMIN);
    env.put("SLACK_SIGNING_SECRET", SlackSigner.SECRET);
    env.put("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN);
    env.put("SLACK_API_URL", slack.apiUrl());
    env.putAll(extra);
    env.values().removeIf(String::isEmpty);
    try {
      return new SlackServerHarness(slack, Server.start(env, Clock.systemUTC()), redis, data);
    } catch (RuntimeException e) {
      slack.close();
      redis.close();
      data.close();
      throw e;
    }
  }

  URI events() {
    return URI.create("http://127.0.0.1:" + server.port() + "/slack/events");
  }

  URI path(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  HttpResponse<String> post(String body) throws Exception {
    return send(signer.post(events(), body).build());
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Posts {@code /ally text} from {@code user} in {@code team} and returns the reply Slack would
   * show; see {@link #reply}.
   */
  JsonNode command(String team, String user, String text) throws Exception {
    String id = "cmd-" + TRIGGERS.incrementAndGet();
    HttpResponse<String> ack =
        post(SlackPayloads.command(team, user, text, slack.responseUrl(id), trigger()));
    assertThat(ack.statusCode()).as("Slack's ack of /ally " + text).isEqualTo(200);
    return reply(ack, id);
  }

  /** The same in the harness's workspace. */
  JsonNode command(String user, String text) throws Exception {
    return command(FakeSlackApi.TEAM, user, text);
  }

  /**
   * A command's reply: the ack's body, or, when the core took longer than the ack budget (as on a
   * loaded machine), the message the server then posted to the response URL made with {@code
   * responseId}. Slack shows either one the same way, so a test reads whichever came.
   */
  JsonNode reply(HttpResponse<String> ack, String responseId) throws Exception {
    if (!ack.body().isBlank()) {
      return json(ack.body());
    }
    SlackCall sent =
        await()
            .atMost(REPLY_PATIENCE)
            .until(() -> responseCall(responseId), Optional::isPresent)
            .orElseThrow();
    ObjectNode message = JSON.createObjectNode();
    sent.params().entrySet().stream()
        .filter(e -> !e.getKey().equals(FakeSlackApi.RESPONSE_ID))
        .forEach(e -> message.set(e.getKey(), jsonOrText(e.getValue())));
    return message;
  }

  private Optional<SlackCall> responseCall(String responseId) {
    return slack.calls("response_url").stream()
        .filter(c -> c.param(FakeSlackApi.RESPONSE_ID).equals(responseId))
        .findFirst();
  }

  private static JsonNode jsonOrText(String value) {
    if (value.startsWith("[") || value.startsWith("{")) {
      try {
        return JSON.readTree(value);
      } catch (java.io.IOException notJson) {
        // plain text that happens to start with a bracket
      }
    }
    return JSON.getNodeFactory().textNode(value);
  }

  static String trigger() {
    return "1234567890." + (1000 + TRIGGERS.incrementAndGet()) + ".abcdef0123456789";
  }

  static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  static UserRef user(String id) {
    return new UserRef(WORKSPACE, id);
  }

  @Override
  public void close() {
    server.close();
    slack.close();
    redis.close();
    data.close();
  }
}
