package org.allybot.server.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.server.Server;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeBotConnector;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.FakeTokenIssuer;
import org.allybot.testkit.teams.SentCards;
import org.allybot.testkit.teams.TeamsActivities;

/**
 * The real {@code serve} wiring (embedded Redis, delivery worker, scheduler, HTTP server) with
 * Teams pointed at a fake Bot Connector and a fake token issuer, for end-to-end tests over HTTP.
 */
final class ServedTeams implements AutoCloseable {
  static final String APP_ID = "11111111-2222-4333-8444-555555555555";
  static final String PASSWORD = "app-password-that-is-long-enough";
  static final String TENANT = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
  static final WorkspaceId WORKSPACE = new WorkspaceId(Platform.TEAMS, TENANT);
  static final FakeMember ADMIN = FakeMember.numbered(1);

  final FakeBotConnector connector = FakeBotConnector.start();
  final FakeTokenIssuer issuer = FakeTokenIssuer.start();
  final TeamsActivities activities;
  final Server served;
  private final HttpClient http = HttpClient.newHttpClient();

  ServedTeams(Path dataDir) {
    connector.requireClient(APP_ID, PASSWORD);
    Map<String, String> env = new HashMap<>();
    env.put("PORT", Integer.toString(EmbeddedRedisExtension.freePort()));
    env.put("ALLYBOT_DATA_DIR", dataDir.toString());
    env.put("ALLYBOT_ADMINS", ADMIN.aadObjectId());
    env.put("ALLYBOT_PUBLIC_URL", "https://allybot.example.org");
    env.put("MICROSOFT_APP_ID", APP_ID);
    env.put("MICROSOFT_APP_PASSWORD", PASSWORD);
    env.put("MICROSOFT_APP_TENANT_ID", TENANT);
    env.put("BOTFRAMEWORK_OPENID_URL", issuer.openIdMetadataUrl());
    env.put("BOTFRAMEWORK_TOKEN_URL", connector.tokenUrl(TENANT));
    served = Server.start(env, Clock.systemUTC());
    activities = new TeamsActivities(connector.serviceUrl(), APP_ID, TENANT);
  }

  String goodToken() {
    return issuer.tokenFor(APP_ID, connector.serviceUrl()).bearer();
  }

  HttpResponse<String> post(String authorization, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + TeamsWiring.PATH))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(JsonNode activity) throws Exception {
    return post(goodToken(), activity.toString());
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** What the bot sent into {@code member}'s personal chat and the connector accepted, in order. */
  List<ConnectorCall> sendsTo(FakeMember member) {
    String chat = TeamsActivities.personalConversation(member);
    return connector.calls(Kind.SEND).stream()
        .filter(c -> c.conversationId().equals(chat) && c.succeeded())
        .toList();
  }

  /** The card of the bot's last message in {@code member}'s personal chat. */
  JsonNode lastCard(FakeMember member) {
    List<ConnectorCall> sends = sendsTo(member);
    return SentCards.card(sends.get(sends.size() - 1));
  }

  /** The text of that card. */
  String lastText(FakeMember member) {
    return SentCards.text(lastCard(member));
  }

  @Override
  public void close() {
    served.close();
    connector.close();
    issuer.close();
  }
}
