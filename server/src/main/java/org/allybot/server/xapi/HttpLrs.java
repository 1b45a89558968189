package org.allybot.server.xapi;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.allybot.core.xapi.Lrs;
import org.allybot.core.xapi.LrsOutcome;
import org.allybot.core.xapi.Statement;

/**
 * The learning record store over HTTP: each batch is one {@code POST {endpoint}/statements} of a
 * JSON array, with basic auth and {@code X-Experience-API-Version: 1.0.3}. Lives in the server, as
 * the core makes no HTTP calls; uses the JDK's client, so the export adds no dependency.
 */
public final class HttpLrs implements Lrs, AutoCloseable {
  static final String VERSION = "1.0.3";

  private final HttpClient client;
  private final XapiSettings settings;
  private final String authorization;
  private final Clock clock;

  public HttpLrs(XapiSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (settings.username() + ":" + settings.password())
                        .getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public LrsOutcome send(List<Statement> batch) {
    // The statements are kept as the exact JSON to send, so a resend is byte for byte the same.
    String body = batch.stream().map(Statement::json).collect(Collectors.joining(",", "[", "]"));
    HttpRequest request =
        HttpRequest.newBuilder(settings.statements())
            .timeout(settings.timeout())
            .header("Content-Type", "application/json")
            .header("X-Experience-API-Version", VERSION)
            .header("Authorization", authorization)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      return outcome(response.statusCode(), response.headers().firstValue("Retry-After"));
    } catch (HttpTimeoutException e) {
      return new LrsOutcome.RetryLater(Optional.empty(), "timeout");
    } catch (IOException e) {
      return new LrsOutcome.RetryLater(Optional.empty(), e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new LrsOutcome.RetryLater(Optional.empty(), "interrupted");
    }
  }

  /** Stops the client at once; the forwarder that sent through it is stopped first. */
  @Override
  public void close() {
    client.shutdownNow();
  }

  /**
   * 2xx stored; 429, 408 and 5xx later; 401, 403, 404 and redirects later too, as they are the
   * settings' fault, not the statements'; any other 4xx refuses the statements.
   */
  LrsOutcome outcome(int status, Optional<String> retryAfter) {
    if (status >= 200 && status < 300) {
      return new LrsOutcome.Accepted();
    }
    String reason = "HTTP " + status;
    return switch (status) {
      case 429, 408 -> new LrsOutcome.RetryLater(retryAfter.flatMap(this::parse), reason);
      case 401, 403 ->
          new LrsOutcome.RetryLater(
              Optional.empty(), reason + ", check ALLYBOT_XAPI_USERNAME and ALLYBOT_XAPI_PASSWORD");
      case 404 ->
          new LrsOutcome.RetryLater(Optional.empty(), reason + ", check ALLYBOT_XAPI_ENDPOINT");
      default -> {
        if (status >= 400 && status < 500) {
          yield new LrsOutcome.Refused(status);
        }
        if (status >= 500) {
          yield new LrsOutcome.RetryLater(retryAfter.flatMap(this::parse), reason);
        }
        yield new LrsOutcome.RetryLater(Optional.empty(), reason + ", check ALLYBOT_XAPI_ENDPOINT");
      }
    };
  }

  /** {@code Retry-After} as seconds or an HTTP date (read against the real clock, as HTTP is). */
  private Optional<Duration> parse(String value) {
    String v = value.strip();
    try {
      if (v.matches("\\d{1,9}")) {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      }
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
