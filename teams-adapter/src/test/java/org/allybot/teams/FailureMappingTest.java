package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionException;
import org.allybot.core.DeliveryException;
import org.allybot.teams.auth.TokenEndpointException;
import org.junit.jupiter.api.Test;

class FailureMappingTest {
  @Test
  void retryAfterIsReadAsSecondsOrAsADate() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    assertThat(RetryAfter.parse("2", clock)).contains(Duration.ofSeconds(2));
    assertThat(RetryAfter.parse("0.5", clock)).contains(Duration.ofMillis(500));
    assertThat(RetryAfter.parse("Mon, 23 Nov 2026 10:00:30 GMT", clock))
        .contains(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    assertThat(RetryAfter.parse("-1", clock)).isEmpty();
    assertThat(RetryAfter.parse("86400", clock)).contains(Duration.ofMinutes(10));
  }

  @Test
  void statusesMapToTheEnginesThreeKinds() {
    assertThat(ConnectorFailures.status(429, "1", ""))
        .isInstanceOf(DeliveryException.RateLimited.class);
    assertThat(ConnectorFailures.status(412, "", ""))
        .isInstanceOf(DeliveryException.Transient.class);
    assertThat(ConnectorFailures.status(502, null, ""))
        .isInstanceOf(DeliveryException.Transient.class);
    assertThat(ConnectorFailures.status(504, "2", ""))
        .isInstanceOf(DeliveryException.RateLimited.class);
    assertThat(ConnectorFailures.status(403, null, "MessageWritesBlocked"))
        .isInstanceOf(DeliveryException.Permanent.class);
    assertThat(ConnectorFailures.status(403, null, "BotDisabledByAdmin"))
        .isInstanceOf(DeliveryException.Permanent.class);
  }

  @Test
  void wrappedFailuresAreUnwrapped() {
    assertThat(ConnectorFailures.map(new CompletionException(new IOException("refused"))))
        .isInstanceOf(DeliveryException.Transient.class)
        .hasMessage("cannot reach the Bot Connector");
    assertThat(
            ConnectorFailures.map(
                new CompletionException(
                    new IOException(new TokenEndpointException(401, "refused")))))
        .isInstanceOf(DeliveryException.Permanent.class);
    assertThat(ConnectorFailures.map(new CompletionException(new ConnectorStatus(429, "3", ""))))
        .isInstanceOfSatisfying(
            DeliveryException.RateLimited.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
    assertThat(ConnectorFailures.map(new IllegalStateException("x")))
        .isInstanceOf(DeliveryException.Transient.class)
        .hasMessageNotContaining("x\"");
  }
}
