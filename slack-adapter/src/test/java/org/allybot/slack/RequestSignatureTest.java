package org.allybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.allybot.testkit.slack.SlackSigner;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final RequestSignature check =
      new RequestSignature(SlackSigner.SECRET, Clock.fixed(NOW, ZoneOffset.UTC));
  private final SlackSigner signer = SlackSigner.withTestSecret();
  private final byte[] body = "command=%2Fally&text=help".getBytes(StandardCharsets.UTF_8);

  private RequestSignature.Verdict at(long ts) {
    String b = new String(body, StandardCharsets.UTF_8);
    return check.check(Long.toString(ts), signer.signature(b, ts), body);
  }

  @Test
  void acceptsARequestSignedNowOrWithinFiveMinutes() {
    long now = NOW.getEpochSecond();
    assertThat(at(now)).isEqualTo(RequestSignature.Verdict.OK);
    assertThat(at(now - 300)).isEqualTo(RequestSignature.Verdict.OK);
    assertThat(at(now + 300)).isEqualTo(RequestSignature.Verdict.OK);
  }

  @Test
  void refusesStaleAndFutureTimestamps() {
    long now = NOW.getEpochSecond();
    assertThat(at(now - 301)).isEqualTo(RequestSignature.Verdict.STALE);
    assertThat(at(now + 301)).isEqualTo(RequestSignature.Verdict.FUTURE);
  }

  @Test
  void refusesMissingOrWrongSignatures() {
    String ts = Long.toString(NOW.getEpochSecond());
    assertThat(check.check(null, "v0=abc", body)).isEqualTo(RequestSignature.Verdict.MISSING);
    assertThat(check.check(ts, null, body)).isEqualTo(RequestSignature.Verdict.MISSING);
    assertThat(check.check("yesterday", "v0=abc", body))
        .isEqualTo(RequestSignature.Verdict.MISSING);
    assertThat(check.check(ts, "v0=" + "0".repeat(64), body))
        .isEqualTo(RequestSignature.Verdict.WRONG);
    assertThat(check.check(ts, new SlackSigner("other").signature("x", NOW.getEpochSecond()), body))
        .isEqualTo(RequestSignature.Verdict.WRONG);
  }
}
