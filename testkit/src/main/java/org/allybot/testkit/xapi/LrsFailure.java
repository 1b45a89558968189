package org.allybot.testkit.xapi;

import java.time.Duration;

/**
 * What the {@link FakeLrs} answers instead of storing the next batch: an HTTP status, an optional
 * {@code Retry-After} value (empty for none), after an optional delay (a stall longer than the
 * client's timeout is a timeout).
 */
public record LrsFailure(int status, String retryAfter, Duration delay) {

  /** A bare status, such as 500 or 503. */
  public static LrsFailure status(int status) {
    return new LrsFailure(status, "", Duration.ZERO);
  }

  /** A 429 with {@code Retry-After} as given: seconds, or an HTTP date. */
  public static LrsFailure tooManyRequests(String retryAfter) {
    return new LrsFailure(429, retryAfter, Duration.ZERO);
  }

  /** No answer for {@code delay}, then a 503: a client with a shorter timeout sees a timeout. */
  public static LrsFailure stall(Duration delay) {
    return new LrsFailure(503, "", delay);
  }
}
