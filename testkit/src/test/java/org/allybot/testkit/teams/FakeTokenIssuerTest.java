package org.allybot.testkit.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeTokenIssuerTest {
  private final FakeTokenIssuer issuer = FakeTokenIssuer.start();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    issuer.close();
  }

  private JsonNode get(String url) throws Exception {
    return SentCards.json(
        http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
  }

  @Test
  void publishesEveryKeyButTheUnpublishedOneWithItsEndorsements() throws Exception {
    JsonNode metadata = get(issuer.openIdMetadataUrl());
    JsonNode keys = get(metadata.path("jwks_uri").asText()).path("keys");

    assertThat(metadata.path("issuer").asText()).isEqualTo("https://api.botframework.com");
    assertThat(keys).hasSize(3);
    assertThat(keys.toString()).contains("msteams").contains("skype").doesNotContain("unpublished");
    assertThat(issuer.metadataRequests()).isEqualTo(1);
  }

  @Test
  void mintsGoodAndBadTokens() {
    var good = JWT.decode(issuer.tokenFor("app", "https://svc/").compact());
    var bad =
        JWT.decode(
            issuer
                .tokenFor("app", "https://svc/")
                .expired()
                .serviceUrl(null)
                .audience("other")
                .compact());

    assertThat(good.getAudience()).containsExactly("app");
    assertThat(good.getClaim("serviceurl").asString()).isEqualTo("https://svc/");
    assertThat(good.getKeyId()).isEqualTo("allybot-test-endorsed");
    assertThat(bad.getExpiresAt()).isInThePast();
    assertThat(bad.getClaim("serviceurl").isNull()).isTrue();
    assertThat(bad.getAudience()).containsExactly("other");
  }
}
