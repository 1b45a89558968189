package org.allybot.teams;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.ErrorResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.allybot.core.DeliveryException;
import org.allybot.teams.auth.TokenEndpointException;

/**
 * Sorts a failed Bot Connector call into the three ways the delivery engine treats failures. 429,
 * 412, 502 and 504 (and other 5xx) are worth retrying: with their {@code Retry-After} as a rate
 * limit, otherwise as transient so the engine backs off with jitter. {@code 403
 * MessageWritesBlocked} means the member cannot be reached (they blocked the bot or left) and is
 * never retried. Reasons hold status codes and error codes only.
 */
final class ConnectorFailures {
  private static final Set<Integer> RETRY = Set.of(408, 412, 429, 500, 502, 503, 504);

  private ConnectorFailures() {}

  static DeliveryException map(Throwable failure) {
    boolean unreachable = false;
    Throwable root = failure;
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
      root = t;
      switch (t) {
        case DeliveryException d -> {
          return d;
        }
        case ErrorResponseException e when e.response() != null -> {
          return status(e.response().code(), e.response().headers().get("Retry-After"), code(e));
        }
        case ConnectorStatus s -> {
          return status(s.status(), s.retryAfter(), s.errorCode());
        }
        case TokenEndpointException e -> {
          return e.isRefusal()
              ? new DeliveryException.Permanent(
                  "the token endpoint refused the app's credentials (" + e.status() + ")")
              : new DeliveryException.Transient("no token: " + e.getMessage());
        }
        case IOException io -> unreachable = true;
        default -> {}
      }
    }
    return new DeliveryException.Transient(
        unreachable
            ? "cannot reach the Bot Connector"
            : "Bot Connector call failed: " + root.getClass().getSimpleName());
  }

  static DeliveryException status(int status, String retryAfterHeader, String errorCode) {
    String code = errorCode == null || errorCode.isBlank() ? "" : " " + errorCode;
    if (RETRY.contains(status)) {
      Optional<Duration> wait = RetryAfter.parse(retryAfterHeader, Clock.systemUTC());
      if (wait.isPresent()) {
        return new DeliveryException.RateLimited(wait.get());
      }
      return new DeliveryException.Transient("Bot Connector answered " + status + code);
    }
    if (status == 403 && "MessageWritesBlocked".equals(errorCode)) {
      return new DeliveryException.Permanent("member unreachable (403 MessageWritesBlocked)");
    }
    if (status == 401) {
      return new DeliveryException.Transient("Bot Connector refused the token (401)");
    }
    if (status == 404) {
      return new DeliveryException.Permanent("conversation not found (404" + code + ")");
    }
    return new DeliveryException.Permanent(
        "Bot Connector refused the call (" + status + code + ")");
  }

  private static String code(ErrorResponseException e) {
    try {
      ErrorResponse body = e.body();
      if (body != null && body.getError() != null && body.getError().getCode() != null) {
        return body.getError().getCode();
      }
    } catch (RuntimeException ignored) {
      // no body: fall back to the message below
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    return message.contains("MessageWritesBlocked") ? "MessageWritesBlocked" : "";
  }
}
