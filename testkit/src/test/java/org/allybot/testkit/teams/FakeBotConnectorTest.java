package org.allybot.testkit.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeBotConnectorTest {
  private final FakeBotConnector fake = FakeBotConnector.start();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    fake.close();
  }

  private HttpResponse<String> call(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.serviceUrl() + path));
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String message(String tenant) {
    return "{\"type\":\"message\",\"conversation\":{\"tenantId\":\"" + tenant + "\"}}";
  }

  @Test
  void recordsSendsRepliesUpdatesAndCreations() throws Exception {
    assertThat(call("POST", "v3/conversations", "{\"members\":[{\"id\":\"29:x\"}]}").body())
        .contains("a:direct-29:x");
    assertThat(
            call("POST", "v3/conversations/19%3Aabc%40thread.tacv2/activities", message("t"))
                .statusCode())
        .isEqualTo(201);
    call("POST", "v3/conversations/a%3A1/activities/17", message("t"));
    call("PUT", "v3/conversations/a%3A1/activities/17", message("t"));

    assertThat(fake.calls())
        .extracting(ConnectorCall::kind)
        .containsExactly(
            ConnectorCall.Kind.CREATE_CONVERSATION,
            ConnectorCall.Kind.SEND,
            ConnectorCall.Kind.REPLY,
            ConnectorCall.Kind.UPDATE);
    assertThat(fake.calls(ConnectorCall.Kind.SEND).get(0).conversationId())
        .isEqualTo("19:abc@thread.tacv2");
    assertThat(fake.calls(ConnectorCall.Kind.REPLY).get(0).activityId()).isEqualTo("17");
    assertThat(fake.calls(ConnectorCall.Kind.SEND).get(0).tenantId()).isEqualTo("t");
  }

  @Test
  void listsMembersPageByPage() throws Exception {
    fake.addMembers("19:team", IntStream.range(0, 5).mapToObj(FakeMember::numbered).toList());
    fake.pageSize(2);
    int pages = 0;
    String token = "";
    int seen = 0;
    do {
      JsonNode page =
          SentCards.json(
              call(
                      "GET",
                      "v3/conversations/19%3Ateam/pagedmembers"
                          + (token.isEmpty() ? "" : "?continuationToken=" + token),
                      null)
                  .body());
      seen += page.path("members").size();
      token = page.path("continuationToken").asText("");
      pages++;
    } while (!token.isEmpty());

    assertThat(seen).isEqualTo(5);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void answersInjectedFailuresOnceEachThenNormally() throws Exception {
    fake.failNext(InjectedFailure.tooManyRequests(2));
    fake.failNext(InjectedFailure.messageWritesBlocked());

    HttpResponse<String> first = call("POST", "v3/conversations/a%3A1/activities", message("t"));
    HttpResponse<String> second = call("POST", "v3/conversations/a%3A1/activities", message("t"));
    HttpResponse<String> third = call("POST", "v3/conversations/a%3A1/activities", message("t"));

    assertThat(first.statusCode()).isEqualTo(429);
    assertThat(first.headers().firstValue("Retry-After")).contains("2");
    assertThat(second.statusCode()).isEqualTo(403);
    assertThat(second.body()).contains("MessageWritesBlocked");
    assertThat(third.statusCode()).isEqualTo(201);
  }

  @Test
  void enforcesRatesPerTenantAndPerConversation() throws Exception {
    fake.enforceRates(3, 2, () -> 0L); // no refill: the test sees the limits whatever its speed

    List<Integer> sameConversation =
        IntStream.range(0, 3).mapToObj(i -> status("a:1", "t1")).toList();
    int otherConversation = status("a:2", "t1");
    int tenantFull = status("a:3", "t1");
    int otherTenant = status("a:4", "t2");

    assertThat(sameConversation).containsExactly(201, 201, 429);
    assertThat(otherConversation).isEqualTo(201);
    assertThat(tenantFull).isEqualTo(429);
    assertThat(otherTenant).isEqualTo(201);
    assertThat(fake.refusedForRate()).isEqualTo(2);
  }

  private int status(String conversation, String tenant) {
    try {
      return call(
              "POST",
              "v3/conversations/" + conversation.replace(":", "%3A") + "/activities",
              message(tenant))
          .statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theTokenEndpointIssuesTokensOnlyToTheExpectedClient() throws Exception {
    fake.requireClient("app", "secret");
    HttpRequest.Builder token =
        HttpRequest.newBuilder(URI.create(fake.tokenUrl("tenant")))
            .header("Content-Type", "application/x-www-form-urlencoded");

    HttpResponse<String> refused =
        http.send(
            token
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=app&client_secret=nope"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> issued =
        http.send(
            token
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=app&client_secret=secret"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String accessToken = SentCards.json(issued.body()).path("access_token").asText();
    HttpResponse<String> unauthorised =
        call("POST", "v3/conversations/a%3A1/activities", message("t"));
    HttpResponse<String> authorised =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(fake.serviceUrl() + "v3/conversations/a%3A1/activities"))
                .header("Authorization", "Bearer " + accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(message("t")))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(issued.statusCode()).isEqualTo(200);
    assertThat(unauthorised.statusCode()).isEqualTo(401);
    assertThat(authorised.statusCode()).isEqualTo(201);
  }
}
