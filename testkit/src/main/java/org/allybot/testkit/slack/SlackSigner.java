package org.allybot.testkit.slack;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests as Slack does ({@code v0=} HMAC-SHA256 of {@code v0:timestamp:body} with the
 * signing secret), for tests that post to {@code /slack/events}.
 */
public final class SlackSigner {
  public static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  private final String secret;

  public SlackSigner(String secret) {
    this.secret = secret;
  }

  public static SlackSigner withTestSecret() {
    return new SlackSigner(SECRET);
  }

  public String signature(String body, long timestamp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A POST of {@code body} to {@code uri}, signed now; form bodies unless it starts with '{'. */
  public HttpRequest.Builder post(URI uri, String body) {
    return post(uri, body, Instant.now().getEpochSecond());
  }

  /** As {@link #post(URI, String)}, signed at {@code timestamp} (epoch seconds). */
  public HttpRequest.Builder post(URI uri, String body, long timestamp) {
    return unsigned(uri, body)
        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
        .header("X-Slack-Signature", signature(body, timestamp));
  }

  /** The same POST without any signature headers. */
  public static HttpRequest.Builder unsigned(URI uri, String body) {
    String type = body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded";
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }
}
