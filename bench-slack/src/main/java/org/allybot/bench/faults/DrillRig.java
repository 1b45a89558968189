package org.allybot.bench.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisProcess;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackPayloads;
import org.allybot.testkit.slack.SlackSigner;

/**
 * What a fault drill runs on, all on loopback: a Redis process, the fake Slack with a channel of
 * members and Slack's limits sped up, and real {@code allybot serve} processes sharing them, with
 * the {@code ALLYBOT_SLACK_*} limit settings sped up as much, which the drill may kill.
 */
final class DrillRig implements AutoCloseable {
  static final String CHANNEL = "C0DRILL0001";
  static final String ADMIN = "U0ADMIN0001";
  private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  final Path dir;
  private final List<String> redisSettings;
  private final int redisPort;
  RedisProcess redis;
  final FakeSlackApi slack;
  final List<String> members = new ArrayList<>();
  private final double speedUp;
  private final List<Process> servers = new ArrayList<>();
  private final List<Integer> ports = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger commands = new AtomicInteger();
  private final Map<String, String> settings = new HashMap<>();
  private int serverRedisPort;

  DrillRig(int memberCount, double speedUp, List<String> redisSettings) throws IOException {
    this.speedUp = speedUp;
    dir = Files.createTempDirectory("allybot-drill");
    this.redisSettings = List.copyOf(redisSettings);
    this.redisPort = EmbeddedRedisExtension.freePort();
    this.serverRedisPort = redisPort;
    startRedis();
    for (int i = 0; i < memberCount; i++) {
      members.add(String.format("U0D%07d", i));
    }
    slack =
        FakeSlackApi.start()
            .limits(speedUp, 8, 1)
            .user(ADMIN, "Europe/Berlin", true)
            .channel(CHANNEL, members);
  }

  /** Starts the Redis process (again, after a stop or a kill: same port, same files). */
  void startRedis() {
    redis = RedisProcess.server(dir.resolve("redis"), redisPort, redisSettings);
  }

  int redisPort() {
    return redisPort;
  }

  /** Servers started from now on reach Redis through {@code port} (a proxy in front of it). */
  void serversReachRedisAt(int port) {
    serverRedisPort = port;
  }

  /** A setting for the servers started from now on, over the drill's own. */
  void setting(String name, String value) {
    settings.put(name, value);
  }

  /**
   * Starts a server ({@code allybot serve} in a new process) and waits until /readyz answers 200;
   * returns its number.
   */
  int startServer() throws Exception {
    int port = EmbeddedRedisExtension.freePort();
    Map<String, String> env = new HashMap<>();
    env.put("PORT", Integer.toString(port));
    env.put("REDIS_URL", "redis://127.0.0.1:" + serverRedisPort);
    env.put("ALLYBOT_SECRET_KEY", KEY);
    env.put("ALLYBOT_DATA_DIR", dir.resolve("data-" + port).toString());
    env.put("ALLYBOT_ADMINS", ADMIN);
    env.put("ALLYBOT_GRACE_HOURS", "0"); // no catch-up at creation: only "run now" sends polls
    env.put("SLACK_SIGNING_SECRET", SlackSigner.SECRET);
    env.put("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN);
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("ALLYBOT_SLACK_POSTS_PER_SECOND", limit(8));
    env.put("ALLYBOT_SLACK_POSTS_PER_CHANNEL_PER_SECOND", limit(1));
    env.put("ALLYBOT_SLACK_OPENS_PER_MINUTE", limit(50));
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.allybot.server.Main",
                "serve")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server-" + port + ".log").toFile());
    env.putAll(settings);
    builder.environment().putAll(env);
    Process process = builder.start();
    servers.add(process);
    ports.add(port);
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos(); // a loaded box
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (status(port, "/readyz") == 200) {
        return servers.size() - 1;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the server did not get ready; see " + dir);
  }

  /** Slack's conversations.open limit (50 a minute) as sped up here, per second. */
  double opensPerSecond() {
    return 50.0 / 60 * speedUp;
  }

  /** A published Slack limit sped up as the fake's is, as the whole number a setting takes. */
  private String limit(int published) {
    return Long.toString(Math.max(1, Math.round(published * speedUp)));
  }

  /**
   * The HTTP status of GET {@code path} on server {@code i}'s port, or 0 when it does not answer.
   */
  int status(int port, String path) {
    try {
      HttpRequest get =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(2))
              .build();
      return http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  int port(int server) {
    return ports.get(server);
  }

  /** How many lines of all the servers' logs match {@code regex} somewhere. */
  long logLines(String regex) throws IOException {
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
    long n = 0;
    for (int i = 0; i < ports.size(); i++) {
      try (var lines = Files.lines(log(i))) {
        n += lines.filter(l -> pattern.matcher(l).find()).count();
      }
    }
    return n;
  }

  /** The log file of server {@code i}. */
  Path log(int server) {
    return dir.resolve("server-" + port(server) + ".log");
  }

  Process process(int server) {
    return servers.get(server);
  }

  /** Sends {@code /ally text} as the admin to server {@code i}; returns the HTTP status. */
  int command(int server, String text) throws Exception {
    String body =
        SlackPayloads.command(
            FakeSlackApi.TEAM,
            ADMIN,
            text,
            slack.responseUrl("drill"),
            "trigger-drill-" + commands.incrementAndGet());
    HttpRequest post =
        SlackSigner.withTestSecret()
            .post(URI.create("http://127.0.0.1:" + port(server) + "/slack/events"), body)
            .timeout(Duration.ofSeconds(10))
            .build();
    return http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /**
   * Each member's count of posts to their DM (chat.postMessage answered 200) since the calls were
   * cleared after the welcome. What a run sends depends on the campaign's calendar (a poll, or on
   * some dates a micro-lesson), so any post counts; replies to the admin go to the response URL.
   */
  Map<String, Integer> postsPerMember() {
    Map<String, Integer> counts = new HashMap<>();
    members.forEach(m -> counts.put("D" + m, 0));
    for (var call : slack.calls("chat.postMessage")) {
      if (call.ok()) {
        counts.computeIfPresent(call.param("channel"), (channel, n) -> n + 1);
      }
    }
    return counts;
  }

  /** Waits until no post has arrived for {@code quiet}, at most {@code atMost}. */
  void awaitQuiet(Duration quiet, Duration atMost) throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    long last = -1;
    long since = System.nanoTime();
    while (System.nanoTime() < deadline) {
      long now = slack.count("chat.postMessage");
      if (now != last) {
        last = now;
        since = System.nanoTime();
      } else if (System.nanoTime() - since >= quiet.toNanos()) {
        return;
      }
      Thread.sleep(100);
    }
  }

  @Override
  public void close() {
    servers.forEach(Process::destroyForcibly);
    slack.close();
    redis.close();
  }
}
