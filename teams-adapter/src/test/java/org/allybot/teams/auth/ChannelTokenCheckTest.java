package org.allybot.teams.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.allybot.testkit.teams.FakeTokenIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChannelTokenCheckTest {
  static final String APP = "11111111-2222-4333-8444-555555555555";
  static final String SERVICE = "https://smba.trafficmanager.net/emea/";

  private final FakeTokenIssuer issuer = FakeTokenIssuer.start();
  private final MovableClock clock = new MovableClock();
  private final ChannelTokenCheck check =
      new ChannelTokenCheck(APP, issuer.openIdMetadataUrl(), false, clock);

  @AfterEach
  void stop() {
    issuer.close();
  }

  @Test
  void aTokenCheckedOnceIsTrustedUntilItExpiresButStillMatchedToEachRequest() {
    String token = issuer.tokenFor(APP, SERVICE).expiresIn(Duration.ofMinutes(3)).bearer();

    assertThat(check.check(token, "msteams", SERVICE))
        .isInstanceOf(ChannelTokenCheck.Verdict.Accepted.class);
    int fetched = issuer.metadataRequests();
    assertThat(check.check(token, "msteams", SERVICE))
        .isInstanceOf(ChannelTokenCheck.Verdict.Accepted.class);
    assertThat(check.check(token, "msteams", "https://elsewhere.example/"))
        .isInstanceOf(ChannelTokenCheck.Verdict.Rejected.class);
    assertThat(check.check(token, "webchat", SERVICE))
        .as("another channel is checked afresh, against the key's endorsements")
        .isInstanceOf(ChannelTokenCheck.Verdict.Accepted.class);
    assertThat(check.check(token, "skype", SERVICE))
        .isInstanceOf(ChannelTokenCheck.Verdict.Rejected.class);
    assertThat(issuer.metadataRequests()).isEqualTo(fetched);

    clock.now = clock.now.plus(Duration.ofMinutes(9));

    assertThat(check.check(token, "msteams", SERVICE))
        .as("once expired, the token is checked again, and refused")
        .isInstanceOf(ChannelTokenCheck.Verdict.Rejected.class);
  }

  private static final class MovableClock extends Clock {
    Instant now = Instant.now();

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
