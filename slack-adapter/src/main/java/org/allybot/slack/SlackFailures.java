package org.allybot.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.allybot.core.DeliveryException;

/**
 * Maps the outcome of a Web API call onto the delivery engine's three kinds of failure: 429 is
 * {@code RateLimited} with its {@code Retry-After}; 5xx, timeouts and Slack's own transient errors
 * are {@code Transient}; everything else, such as {@code not_in_channel}, is {@code Permanent} and
 * carries Slack's error code as the reason admins see.
 */
public final class SlackFailures {
  private static final Set<String> TRANSIENT =
      Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout");

  private SlackFailures() {}

  /** One Web API call. */
  @FunctionalInterface
  public interface Call<T extends SlackApiTextResponse> {
    T run() throws IOException, SlackApiException;
  }

  /** Runs the call and returns its answer, or throws the failure as the delivery engine sees it. */
  public static <T extends SlackApiTextResponse> T call(Call<T> call) throws DeliveryException {
    T response;
    try {
      response = call.run();
    } catch (SlackApiException e) {
      throw failure(e);
    } catch (IOException e) {
      throw new DeliveryException.Transient("network: " + e.getClass().getSimpleName());
    }
    if (response.isOk()) {
      return response;
    }
    String error = response.getError() == null ? "unknown_error" : response.getError();
    if (error.equals("ratelimited")) {
      throw new DeliveryException.RateLimited(Duration.ofSeconds(1));
    }
    if (TRANSIENT.contains(error)) {
      throw new DeliveryException.Transient(error);
    }
    throw new DeliveryException.Permanent(error);
  }

  static DeliveryException failure(SlackApiException e) {
    int status = e.getResponse().code();
    if (status == 429) {
      return new DeliveryException.RateLimited(retryAfter(e.getResponse().header("Retry-After")));
    }
    if (status >= 500) {
      return new DeliveryException.Transient("HTTP " + status);
    }
    String error = e.getError() != null ? e.getError().getError() : null;
    return new DeliveryException.Permanent(error != null ? error : "HTTP " + status);
  }

  static Duration retryAfter(String header) {
    try {
      return Duration.ofSeconds(Math.max(1, Long.parseLong(header.strip())));
    } catch (RuntimeException e) {
      return Duration.ofSeconds(1);
    }
  }
}
