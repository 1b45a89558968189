package org.allybot.testkit.teams;

/**
 * A failure the {@link FakeBotConnector} answers instead of the next matching request: an HTTP
 * status, an optional {@code Retry-After} in seconds (negative for none) and an optional Bot
 * Framework error code such as {@code MessageWritesBlocked} (empty for none). {@code kind} limits
 * it to one kind of call, or null for any conversation call.
 */
public record InjectedFailure(
    int status, int retryAfterSeconds, String errorCode, ConnectorCall.Kind kind) {

  /** A bare status for the next conversation call of any kind. */
  public static InjectedFailure status(int status) {
    return new InjectedFailure(status, -1, "", null);
  }

  /** A 429 with {@code Retry-After}. */
  public static InjectedFailure tooManyRequests(int retryAfterSeconds) {
    return new InjectedFailure(429, retryAfterSeconds, "", null);
  }

  /** Teams' answer when a member blocked the bot or left the tenant. */
  public static InjectedFailure messageWritesBlocked() {
    return new InjectedFailure(403, -1, "MessageWritesBlocked", null);
  }

  /** The same failure, only for calls of {@code only}. */
  public InjectedFailure on(ConnectorCall.Kind only) {
    return new InjectedFailure(status, retryAfterSeconds, errorCode, only);
  }

  boolean matches(ConnectorCall.Kind candidate) {
    return kind == null ? candidate != ConnectorCall.Kind.TOKEN : kind == candidate;
  }
}
