package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.RedisEndpoint;
import org.allybot.testkit.teams.FakeTokenIssuer.SigningKey;
import org.allybot.testkit.teams.TokenBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every way a request's JWT can be wrong gets a 401, and no handler runs. */
@ExtendWith(EmbeddedRedisExtension.class)
class TokenCheckTest {
  @RegisterExtension static final PerTest<TeamsHarness> HARNESS = TeamsHarness.perTest();
  private final TeamsHarness h;

  TokenCheckTest(TeamsHarness h) {
    this.h = h;
  }

  private TeamsResponse sendWith(String authorization) {
    return sendWith(h, authorization);
  }

  private static TeamsResponse sendWith(TeamsHarness h, String authorization) {
    return h.endpoint.receive(
        authorization, h.activities.personalMessage(TeamsHarness.ALEX, "help").toString());
  }

  private TeamsResponse sendWithToken(UnaryOperator<TokenBuilder> spoil) {
    return sendWith(
        spoil.apply(h.issuer.tokenFor(TeamsHarness.APP_ID, h.connector.serviceUrl())).bearer());
  }

  /** Nothing happened: no call to Teams, no member created, no activity id remembered. */
  private void assertNoHandlerRan(TeamsResponse response) {
    assertThat(response.status()).isEqualTo(401);
    assertThat(h.connector.calls()).isEmpty();
    assertThat(h.bot.context().members().find(TeamsHarness.user(TeamsHarness.ALEX))).isEmpty();
    assertThat(h.seen.seen).isEmpty();
    assertThat(h.store.accounts).isEmpty();
  }

  @Test
  void aGoodTokenIsAcceptedAndTheCommandAnswered() {
    TeamsResponse response = sendWithToken(t -> t);

    assertThat(response.status()).isEqualTo(200);
    assertThat(h.connector.calls(org.allybot.testkit.teams.ConnectorCall.Kind.SEND)).isNotEmpty();
  }

  @Test
  void aMissingTokenIsRefused() {
    assertNoHandlerRan(sendWith(null));
    assertNoHandlerRan(sendWith(""));
  }

  @Test
  void aMalformedTokenIsRefused() {
    assertNoHandlerRan(sendWith("Bearer not-a-jwt"));
    assertNoHandlerRan(sendWith("Bearer a.b.c"));
    assertNoHandlerRan(sendWith("Bearer"));
    assertNoHandlerRan(sendWith("Basic dXNlcjpwYXNz"));
    assertNoHandlerRan(sendWith("Bearer x y"));
  }

  @Test
  void anExpiredTokenIsRefused() {
    assertNoHandlerRan(sendWithToken(TokenBuilder::expired));
  }

  @Test
  void aTokenSignedWithAnUnknownKeyIsRefused() {
    assertNoHandlerRan(sendWithToken(t -> t.signedWith(SigningKey.UNPUBLISHED)));
  }

  @Test
  void aTokenForAnotherAppIsRefused() {
    assertNoHandlerRan(sendWithToken(t -> t.audience("99999999-2222-4333-8444-555555555555")));
  }

  @Test
  void aTokenWhoseKeyIsNotEndorsedForTeamsIsRefused() {
    assertNoHandlerRan(sendWithToken(t -> t.signedWith(SigningKey.OTHER_CHANNEL)));
  }

  @Test
  void aTokenWhoseKeyHasNoEndorsementsAtAllIsRefused() {
    assertNoHandlerRan(sendWithToken(t -> t.signedWith(SigningKey.NOT_ENDORSED)));
  }

  @Test
  void aTokenForAnotherServiceUrlIsRefused() {
    assertNoHandlerRan(sendWithToken(t -> t.serviceUrl("https://smba.trafficmanager.net/emea/")));
  }

  @Test
  void aTokenWithoutAServiceUrlClaimIsRefused() {
    assertNoHandlerRan(sendWithToken(t -> t.serviceUrl(null)));
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    assertNoHandlerRan(sendWithToken(t -> t.issuer("https://sts.windows.net/evil/")));
  }

  @Test
  void anonymousRequestsAreRefusedUnlessExplicitlyAllowed(RedisEndpoint redis) {
    assertNoHandlerRan(sendWith(null));

    try (TeamsHarness allowing = new TeamsHarness(redis, true)) {
      TeamsResponse anonymous = sendWith(allowing, null);

      assertThat(anonymous.status()).isEqualTo(200);
      assertThat(allowing.connector.calls(org.allybot.testkit.teams.ConnectorCall.Kind.SEND))
          .isNotEmpty();
      assertThat(sendWith(allowing, "Bearer not-a-jwt").status())
          .as("a bad token is refused even when anonymous requests are allowed")
          .isEqualTo(401);
    }
  }

  @Test
  void aTokenAlreadyAcceptedIsStillRefusedWhereverTheFullCheckWouldRefuseIt() {
    String token = h.goodToken();
    assertThat(sendWith(token).status()).isEqualTo(200);
    int calls = h.connector.calls().size();

    ObjectNode otherService = h.activities.personalMessage(TeamsHarness.ALEX, "help");
    otherService.put("serviceUrl", "https://smba.trafficmanager.net/emea/");
    ObjectNode unendorsedChannel = h.activities.personalMessage(TeamsHarness.ALEX, "help");
    unendorsedChannel.put("channelId", "skype");

    assertThat(h.endpoint.receive(token, otherService.toString()).status()).isEqualTo(401);
    assertThat(h.endpoint.receive(token, unendorsedChannel.toString()).status()).isEqualTo(401);
    assertThat(h.connector.calls()).hasSize(calls);
  }
}
