package org.allybot.server.desk;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The form's check against cross-site requests, as a double-submitted value: 256 random bits in a
 * cookie (HttpOnly, SameSite=Strict, only for the form's path) and the same in a hidden field. A
 * page on another site can make a browser post the form, but can neither read nor set the cookie,
 * so it cannot send the matching field. This is the only cookie the report pages set; it needs no
 * server state, so it holds across instances and restarts.
 */
final class FormCheck {
  static final String COOKIE = "allybot_desk_check";
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final String path;
  private final Duration lifetime;
  private final boolean secure;
  private final SecureRandom random = new SecureRandom();

  FormCheck(String path, Duration lifetime, boolean secure) {
    this.path = path;
    this.lifetime = lifetime;
    this.secure = secure;
  }

  /** The browser's current value if it is one of ours in shape, else a new one; set either way. */
  String issue(Context ctx) {
    String value = ctx.cookie(COOKIE);
    if (value == null || !VALUE.matcher(value).matches()) {
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
    ctx.res().addHeader("Set-Cookie", cookie(value, lifetime.toSeconds()));
    return value;
  }

  /** Whether the posted field matches the cookie (compared in constant time). */
  boolean passes(Context ctx, String field) {
    String cookie = ctx.cookie(COOKIE);
    return cookie != null
        && field != null
        && VALUE.matcher(cookie).matches()
        && MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
  }

  /** Ends the check once the form has been sent: the page has nothing more to send. */
  void clear(Context ctx) {
    ctx.res().addHeader("Set-Cookie", cookie("", 0));
  }

  private String cookie(String value, long maxAgeSeconds) {
    return COOKIE
        + "="
        + value
        + "; Path="
        + path
        + "; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }
}
