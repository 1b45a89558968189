package org.allybot.teams.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeBotConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientCredentialsTokenTest {
  private final FakeBotConnector connector = FakeBotConnector.start();

  @AfterEach
  void stop() {
    connector.close();
  }

  private ClientCredentialsToken token(String password, Clock clock) {
    return new ClientCredentialsToken(
        connector.tokenUrl("tenant-1"),
        "app-1",
        password,
        "https://api.botframework.com/.default",
        HttpClient.newHttpClient(),
        clock);
  }

  @Test
  void asksTheConfiguredEndpointWithTheClientCredentialsGrant() throws Exception {
    connector.requireClient("app-1", "p@ss+word&more");

    String access = token("p@ss+word&more", Clock.systemUTC()).acquireToken().get().accessToken();

    assertThat(access).startsWith("fake-access-token-");
    var call = connector.calls(Kind.TOKEN).get(0);
    assertThat(call.path()).isEqualTo("/tenant-1/oauth2/v2.0/token");
    assertThat(call.body())
        .contains("grant_type=client_credentials")
        .contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default");
  }

  @Test
  void keepsTheTokenUntilFiveMinutesBeforeItExpires() throws Exception {
    MutableClock clock = new MutableClock();
    ClientCredentialsToken token = token("pw", clock);

    String first = token.acquireToken().get().accessToken();
    clock.now = clock.now.plus(Duration.ofMinutes(50));
    String second = token.acquireToken().get().accessToken();
    clock.now = clock.now.plus(Duration.ofMinutes(6));
    String third = token.acquireToken().get().accessToken();

    assertThat(second).isEqualTo(first);
    assertThat(third).isNotEqualTo(first);
    assertThat(connector.calls(Kind.TOKEN)).hasSize(2);
  }

  @Test
  void aRefusalIsReportedWithoutTheSecret() {
    connector.requireClient("app-1", "right");

    assertThatThrownBy(() -> token("wrong-secret", Clock.systemUTC()).acquireToken().get())
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            TokenEndpointException.class, e -> assertThat(e.isRefusal()).isTrue())
        .hasMessageNotContaining("wrong-secret");
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
