package org.allybot.bench.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.allybot.server.teams.TeamsWiring;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.FakeBotConnector;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.FakeTokenIssuer;
import org.allybot.testkit.teams.TeamsActivities;

/**
 * The Teams half of a drill, on loopback: the fake Bot Connector enforcing Teams' limits (50 sends
 * a second per tenant, 7 per conversation, sped up), the fake token issuer, and one tenant of
 * members who each installed the app, so that their 1:1 chat is known.
 */
final class TeamsSide implements AutoCloseable {
  static final String TENANT = "aaaaaaaa-0000-4000-8000-00000000d111";
  static final String APP_ID = "11111111-2222-4333-8444-555555555555";
  static final FakeMember ADMIN = FakeMember.numbered(1);
  private static final String PASSWORD = "drill-password-long-enough";
  private static final int IN_FLIGHT = 8;

  final FakeBotConnector connector = FakeBotConnector.start();
  final List<FakeMember> members = new ArrayList<>();
  private final FakeTokenIssuer issuer = FakeTokenIssuer.start();
  private final TeamsActivities tenant;
  private final String token;
  private final double speedUp;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  TeamsSide(int memberCount, double speedUp) {
    this.speedUp = speedUp;
    connector.requireClient(APP_ID, PASSWORD);
    connector.enforceRates(sendsPerSecond(), perConversation());
    tenant = new TeamsActivities(connector.serviceUrl(), APP_ID, TENANT);
    token = issuer.tokenFor(APP_ID, connector.serviceUrl()).bearer();
    for (int i = 0; i < memberCount; i++) {
      members.add(FakeMember.numbered(100_000 + i));
    }
  }

  /** Teams' per-tenant limit as sped up here. */
  int sendsPerSecond() {
    return (int) Math.max(1, Math.round(50 * speedUp));
  }

  int perConversation() {
    return (int) Math.max(1, Math.round(7 * speedUp));
  }

  /** The settings a server needs to talk to these fakes, at these limits. */
  Map<String, String> settings() {
    Map<String, String> env = new HashMap<>();
    env.put("MICROSOFT_APP_ID", APP_ID);
    env.put("MICROSOFT_APP_PASSWORD", PASSWORD);
    env.put("BOTFRAMEWORK_OPENID_URL", issuer.openIdMetadataUrl());
    env.put("BOTFRAMEWORK_TOKEN_URL", connector.tokenUrl("botframework.com"));
    env.put("ALLYBOT_TEAMS_SENDS_PER_SECOND", Integer.toString(sendsPerSecond()));
    env.put("ALLYBOT_TEAMS_SENDS_PER_CONVERSATION_PER_SECOND", Integer.toString(perConversation()));
    return env;
  }

  /**
   * The admin and every member install the app, spread over the servers' {@code ports}, a few at a
   * time; fails unless each is answered 2xx.
   */
  void install(List<Integer> ports) throws Exception {
    check(send(ports.getFirst(), tenant.personalInstallation(ADMIN, "add")), "install");
    Semaphore slots = new Semaphore(IN_FLIGHT);
    List<Future<Integer>> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < members.size(); i++) {
        int port = ports.get(i % ports.size());
        var activity = tenant.personalInstallation(members.get(i), "add");
        slots.acquire();
        answers.add(
            pool.submit(() -> {
              try {
                return send(port, activity);
              } finally {
                slots.release();
              }
            }));
      }
    }
    for (Future<Integer> answer : answers) {
      check(answer.get(), "install");
    }
  }

  /** Sends {@code text} as the admin's 1:1 message to the server on {@code port}. */
  void command(int port, String text) throws Exception {
    check(send(port, tenant.personalMessage(ADMIN, text)), text);
  }

  /** Each member's count of messages accepted in their 1:1 chat since the calls were cleared. */
  Map<String, Integer> postsPerMember() {
    Map<String, List<ConnectorCall>> byChat = connector.messagesByConversation();
    Map<String, Integer> counts = new HashMap<>();
    for (FakeMember m : members) {
      String chat = TeamsActivities.personalConversation(m);
      counts.put(chat, byChat.getOrDefault(chat, List.of()).size());
    }
    return counts;
  }

  /** When each message to a member's 1:1 chat arrived (nanoTime). */
  List<Long> memberArrivals() {
    Map<String, List<ConnectorCall>> byChat = connector.messagesByConversation();
    List<Long> at = new ArrayList<>();
    for (FakeMember m : members) {
      byChat
          .getOrDefault(TeamsActivities.personalConversation(m), List.of())
          .forEach(c -> at.add(c.atNanos()));
    }
    return at;
  }

  /** How many members have at least one message in their 1:1 chat. */
  long served() {
    return postsPerMember().values().stream().filter(n -> n > 0).count();
  }

  private int send(int port, Object activity) throws Exception {
    HttpRequest post =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + TeamsWiring.PATH))
            .header("Content-Type", "application/json")
            .header("Authorization", token)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
            .build();
    return http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static void check(int status, String what) {
    if (status < 200 || status > 299) {
      throw new IllegalStateException("Teams " + what + " answered HTTP " + status);
    }
  }

  @Override
  public void close() {
    connector.close();
    issuer.close();
  }
}
