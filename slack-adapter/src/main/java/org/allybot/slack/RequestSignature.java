package org.allybot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's request signature: {@code v0=} HMAC-SHA256 of {@code v0:timestamp:body} with the
 * signing secret, compared in constant time, with a timestamp no more than five minutes from now in
 * either direction (Bolt's own check accepts any future timestamp).
 */
final class RequestSignature {
  static final Duration WINDOW = Duration.ofMinutes(5);

  /** Why a request was refused; {@code OK} when it was not. */
  enum Verdict {
    OK,
    MISSING,
    STALE,
    FUTURE,
    WRONG
  }

  private final byte[] secret;
  private final Clock clock;

  RequestSignature(String signingSecret, Clock clock) {
    this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  Verdict check(String timestamp, String signature, byte[] body) {
    if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
      return Verdict.MISSING;
    }
    long ts;
    try {
      ts = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return Verdict.MISSING;
    }
    long now = clock.instant().getEpochSecond();
    if (ts < now - WINDOW.toSeconds()) {
      return Verdict.STALE;
    }
    if (ts > now + WINDOW.toSeconds()) {
      return Verdict.FUTURE;
    }
    byte[] expected = ("v0=" + hmac(timestamp.strip(), body)).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given) ? Verdict.OK : Verdict.WRONG;
  }

  private String hmac(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
