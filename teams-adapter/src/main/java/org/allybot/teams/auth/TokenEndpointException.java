package org.allybot.teams.auth;

/**
 * The token endpoint did not give the bot a token: {@code status} is its HTTP status, or 0 when it
 * could not be reached. The message never holds the app's secret or a token.
 */
public final class TokenEndpointException extends RuntimeException {
  private final int status;

  public TokenEndpointException(int status, String what) {
    super("token endpoint " + (status == 0 ? "" : "answered " + status + ": ") + what);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** A refusal (4xx) will not pass by itself: the app id, password or tenant is wrong. */
  public boolean isRefusal() {
    return status >= 400 && status < 500;
  }
}
