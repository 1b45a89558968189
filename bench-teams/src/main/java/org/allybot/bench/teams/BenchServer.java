package org.allybot.bench.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.allybot.server.Server;
import org.allybot.server.runtime.TempFolder;
import org.allybot.server.teams.TeamsWiring;
import org.allybot.testkit.teams.FakeBotConnector;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.FakeTokenIssuer;
import org.allybot.testkit.teams.TeamsActivities;
import redis.embedded.RedisServer;

/**
 * The real {@code serve} wiring (embedded Redis, delivery worker, HTTP server) with Teams pointed
 * at a local {@link FakeBotConnector} and {@link FakeTokenIssuer}: what the benchmarks drive.
 */
final class BenchServer implements AutoCloseable {
  static final String APP_ID = "11111111-2222-4333-8444-555555555555";
  static final String PASSWORD = "bench-password-long-enough";
  static final FakeMember ADMIN = FakeMember.numbered(1);

  final FakeBotConnector connector = FakeBotConnector.start();
  final FakeTokenIssuer issuer = FakeTokenIssuer.start();
  final Server served;
  private final RedisServer redis;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** The load client: lighter than the JDK's, whose pool bookkeeping grows with connections. */
  final OkHttpClient load =
      new OkHttpClient.Builder()
          .connectionPool(new ConnectionPool(64, 1, TimeUnit.MINUTES))
          .build();

  private final String token;
  private final TempFolder data;

  BenchServer() throws Exception {
    connector.requireClient(APP_ID, PASSWORD);
    data = TempFolder.create("allybot-bench-teams");
    // Redis without persistence, as a managed Redis would be to the bot: the embedded default
    // writes an append-only file, and a slow disk's fsync would be measured instead of the bot.
    int redisPort = freePort();
    redis =
        RedisServer.builder()
            .port(redisPort)
            .setting("bind 127.0.0.1")
            .setting("dir " + data.path())
            .setting("save \"\"")
            .setting("appendonly no")
            .build();
    redis.start();
    Map<String, String> env = new HashMap<>();
    env.put("REDIS_URL", "redis://127.0.0.1:" + redisPort);
    env.put("ALLYBOT_SECRET_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
    env.put("PORT", Integer.toString(freePort()));
    env.put("ALLYBOT_DATA_DIR", data.path().toString());
    env.put("ALLYBOT_ADMINS", ADMIN.aadObjectId());
    env.put("MICROSOFT_APP_ID", APP_ID);
    env.put("MICROSOFT_APP_PASSWORD", PASSWORD);
    env.put("BOTFRAMEWORK_OPENID_URL", issuer.openIdMetadataUrl());
    env.put("BOTFRAMEWORK_TOKEN_URL", connector.tokenUrl("botframework.com"));
    served = Server.start(env, Clock.systemUTC());
    token = issuer.tokenFor(APP_ID, connector.serviceUrl()).bearer();
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The one good token every request carries, as the Bot Framework reuses its tokens. */
  String token() {
    return token;
  }

  TeamsActivities tenant(String tenantId) {
    return new TeamsActivities(connector.serviceUrl(), APP_ID, tenantId);
  }

  HttpResponse<String> send(JsonNode activity) throws Exception {
    return http.send(request(activity), HttpResponse.BodyHandlers.ofString());
  }

  /** The same request as {@link #send}, for the load client. */
  Request loadRequest(JsonNode activity) {
    return new Request.Builder()
        .url("http://127.0.0.1:" + served.port() + TeamsWiring.PATH)
        .header("Authorization", token)
        .post(RequestBody.create(activity.toString(), MediaType.get("application/json")))
        .build();
  }

  HttpRequest request(JsonNode activity) {
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + served.port() + TeamsWiring.PATH))
        .header("Content-Type", "application/json")
        .header("Authorization", token)
        .POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
        .build();
  }

  @Override
  public void close() {
    load.dispatcher().executorService().shutdown();
    load.connectionPool().evictAll();
    served.close();
    connector.close();
    issuer.close();
    redis.stop();
    data.close();
  }
}
