package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.exceptions.JWTDecodeException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.time.OffsetDateTime;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.teams.ConnectorCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Bot Framework SDK's known quirks: each test first shows the SDK misbehaving (so it fails once
 * an SDK update fixes the quirk and the workaround can go), then shows the adapter coping.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SdkQuirksTest {
  @RegisterExtension static final PerTest<TeamsHarness> HARNESS = TeamsHarness.perTest();
  private final TeamsHarness h;

  SdkQuirksTest(TeamsHarness h) {
    this.h = h;
  }

  @Test
  void timestampsWithoutFractionalSecondsAreRead() throws Exception {
    ObjectNode message = h.activities.personalMessage(TeamsHarness.ALEX, "help");
    message.put("timestamp", "2026-11-23T10:00:00Z");
    message.put("localTimestamp", "2026-11-23T11:00:00+01:00");

    assertThat(Serialization.getAs(message, Activity.class))
        .as("the SDK's own reading fails on a timestamp without fractional seconds")
        .isNull();
    assertThat(ActivityReader.read(message.toString()).activity().getTimestamp())
        .isEqualTo(OffsetDateTime.parse("2026-11-23T10:00:00Z"));
    assertThat(h.send(message).status()).isEqualTo(200);
    assertThat(h.connector.calls(ConnectorCall.Kind.SEND)).isNotEmpty();
  }

  @Test
  void anActivityTheSdkCannotReadIsRefusedInsteadOfBecomingNull() {
    ObjectNode message = h.activities.personalMessage(TeamsHarness.ALEX, "help");
    message.put("attachments", "not a list");

    assertThat(Serialization.treeToValue(message, Activity.class))
        .as("the SDK's treeToValue answers null rather than failing")
        .isNull();
    TeamsResponse response = h.send(message);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("not a valid activity");
    assertThat(h.connector.calls()).isEmpty();
  }

  @Test
  void aMalformedBearerTokenThrowsInsideTheSdkButIsA401Here() throws Exception {
    ObjectNode message = h.activities.personalMessage(TeamsHarness.ALEX, "help");
    Activity activity = ActivityReader.read(message.toString()).activity();

    assertThatThrownBy(() ->
            JwtTokenValidation.authenticateRequest(
                activity,
                "Bearer not-a-jwt",
                new SimpleCredentialProvider(TeamsHarness.APP_ID, ""),
                null))
        .as("the SDK throws synchronously instead of failing its future")
        .isInstanceOf(JWTDecodeException.class);
    assertThat(h.endpoint.receive("Bearer not-a-jwt", message.toString()).status()).isEqualTo(401);
  }

  @Test
  void anActivityWithoutServiceUrlIsABadRequestNotACrash() {
    ObjectNode message = h.activities.personalMessage(TeamsHarness.ALEX, "help");
    message.remove("serviceUrl");

    TeamsResponse response = h.send(message);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("serviceUrl");
    assertThat(h.connector.calls()).isEmpty();
  }

  @Test
  void otherBadBodiesAreBadRequests() {
    assertThat(h.endpoint.receive(h.goodToken(), "").status()).isEqualTo(400);
    assertThat(h.endpoint.receive(h.goodToken(), "{not json").status()).isEqualTo(400);
    assertThat(h.endpoint.receive(h.goodToken(), "[1,2]").status()).isEqualTo(400);
    ObjectNode noConversation = h.activities.personalMessage(TeamsHarness.ALEX, "help");
    noConversation.remove("conversation");
    assertThat(h.send(noConversation).status()).isEqualTo(400);
    ObjectNode badTenant = h.activities.personalMessage(TeamsHarness.ALEX, "help");
    ((ObjectNode) badTenant.get("conversation")).put("tenantId", "a:b{c}");
    assertThat(h.send(badTenant).status()).isEqualTo(400);
  }

  @Test
  void theSdksTurnContextsHaveFinalizersSoTurnsRunWithoutThem() throws Exception {
    assertThat(
            com.microsoft.bot.builder.TurnContextImpl.class
                .getDeclaredMethod("finalize")
                .getDeclaringClass())
        .as("each TurnContextImpl waits for the finalizer thread; the endpoint avoids creating one")
        .isEqualTo(com.microsoft.bot.builder.TurnContextImpl.class);
    assertThat(
            com.microsoft.bot.builder.TurnContextStateCollection.class.getDeclaredMethod(
                "finalize"))
        .isNotNull();
    h.say(TeamsHarness.ALEX, "help");
    assertThat(h.connector.calls(ConnectorCall.Kind.SEND)).isNotEmpty();
  }
}
