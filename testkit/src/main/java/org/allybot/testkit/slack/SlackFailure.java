package org.allybot.testkit.slack;

/**
 * A failure the fake Slack answers instead of doing the call: an HTTP status (429 carries {@code
 * Retry-After}), or a 200 with {@code ok:false} and a Slack error code such as {@code
 * not_in_channel}.
 */
public record SlackFailure(int status, String error, int retryAfterSeconds) {
  public static SlackFailure error(String error) {
    return new SlackFailure(200, error, 0);
  }

  public static SlackFailure status(int status) {
    return new SlackFailure(status, "", 0);
  }

  public static SlackFailure rateLimited(int retryAfterSeconds) {
    return new SlackFailure(429, "ratelimited", retryAfterSeconds);
  }
}
