package org.allybot.slack;

import com.google.gson.JsonParseException;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.EventsApiPayloadParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.allybot.core.store.StoreFaults;
import org.allybot.slack.handler.PollClicks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP door into the Bolt app, independent of any HTTP server. {@link #events} refuses bodies
 * over 1 MB or malformed (400) and bad signatures (401) before any handler runs, then hands a poll
 * answer to {@link PollClicks}, refuses fields Allybot cannot take ({@link InboundCheck}: acked,
 * since Slack would retry anything else), and hands the rest to {@code App.run}; {@link #oauth}
 * serves the install page and the OAuth redirect. Each refusal is one WARN line with a request id
 * and the reason, never a body; 5xx is for our own faults only (503 while the store is away).
 */
public final class SlackEndpoint {
  public static final String EVENTS_PATH = "/slack/events";
  public static final String INSTALL_PATH = "/slack/install";
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";
  public static final int MAX_BODY_BYTES = 1_000_000;

  /** The header under which Bolt's handlers find the request id that Allybot's logs use. */
  public static final String REQUEST_ID = "X-Allybot-Request-Id";

  private static final Logger LOG = LoggerFactory.getLogger(SlackEndpoint.class);

  private final App app;
  private final RequestSignature signature;
  private final PollClicks pollClicks;
  private final SlackRequestParser parser;
  private final boolean oauth;
  private final MemberLanguage languages;
  private final AtomicLong ids = new AtomicLong();

  SlackEndpoint(
      App app,
      RequestSignature signature,
      PollClicks pollClicks,
      boolean oauth,
      MemberLanguage languages) {
    this.languages = languages;
    this.app = app;
    this.signature = signature;
    this.pollClicks = pollClicks;
    this.parser = new SlackRequestParser(app.config());
    this.oauth = oauth;
  }

  /** Whether the install and redirect endpoints are served (OAuth mode). */
  public boolean oauthEnabled() {
    return oauth;
  }

  /** A POST to {@code /slack/events}: events, slash commands, interactivity. */
  public SlackHttpResponse events(SlackHttpRequest http) {
    String id = "sr-" + Long.toHexString(ids.incrementAndGet());
    if (http.body().length > MAX_BODY_BYTES) {
      LOG.warn("Slack request {} refused: body over {} bytes", id, MAX_BODY_BYTES);
      return SlackHttpResponse.plain(400, "payload too large");
    }
    if (PayloadShape.sslCheck(http.body())) {
      return SlackHttpResponse.plain(200, "");
    }
    RequestSignature.Verdict verdict =
        signature.check(
            http.header("X-Slack-Request-Timestamp"),
            http.header("X-Slack-Signature"),
            http.body());
    if (verdict != RequestSignature.Verdict.OK) {
      LOG.warn("Slack request {} refused: signature {}", id, verdict);
      return SlackHttpResponse.plain(401, "invalid signature");
    }
    PayloadShape body = PayloadShape.check(http.body(), http.header("Content-Type"));
    if (body == null) {
      LOG.warn("Slack request {} refused: malformed body", id);
      return SlackHttpResponse.plain(400, "malformed body");
    }
    if (body.interaction() != null) {
      try {
        if (pollClicks.handled(body.interaction(), http.header("X-Slack-Retry-Num"))) {
          return SlackHttpResponse.plain(200, "");
        }
      } catch (IllegalArgumentException e) {
        LOG.warn("Slack request {} refused: malformed payload", id);
        return SlackHttpResponse.plain(400, "malformed body");
      }
    }
    InboundCheck.Refusal refusal = InboundCheck.check(body);
    if (refusal != null) {
      LOG.warn("Slack request {} ({}) refused: {}", id, refusal.kind(), refusal.reason());
      String answer = refusal.answer(languages);
      return answer.isEmpty()
          ? SlackHttpResponse.plain(refusal.status(), "")
          : SlackHttpResponse.ephemeral(answer);
    }
    return run(id, http, body.text());
  }

  /** A GET of {@code /slack/install} or {@code /slack/oauth_redirect}. */
  public SlackHttpResponse oauth(SlackHttpRequest http) {
    if (!oauth) {
      return SlackHttpResponse.plain(404, "not found");
    }
    return run("so-" + Long.toHexString(ids.incrementAndGet()), http, "");
  }

  private SlackHttpResponse run(String id, SlackHttpRequest http, String body) {
    long started = System.nanoTime();
    Request<?> request;
    try {
      request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(http.path())
                  .queryString(http.query())
                  .requestBody(body)
                  .headers(new RequestHeaders(withId(http.headers(), id)))
                  .remoteAddress(http.remoteAddress())
                  .build());
      if (request instanceof EventRequest event) {
        // Bolt binds an event's fields only on the way to its handler, after the middleware has
        // noted the event as seen: bound here, one of the wrong type is refused before that.
        EventsApiPayloadParser.buildEventPayload(event);
      }
    } catch (JsonParseException e) {
      LOG.warn("Slack request {} refused: a field of the wrong type", id);
      return SlackHttpResponse.plain(400, "malformed body");
    } catch (RuntimeException e) {
      request = null;
    }
    if (request == null) {
      LOG.warn("Slack request {} refused: not a Slack request shape", id);
      return SlackHttpResponse.plain(400, "malformed body");
    }
    try {
      Response response = app.run(request);
      LOG.debug(
          "Slack request {} ({}) answered {} in {} ms",
          id,
          request.getRequestType(),
          response.getStatusCode(),
          (System.nanoTime() - started) / 1_000_000);
      return convert(response);
    } catch (JsonParseException e) {
      // A field Bolt binds later than the check above: still the sender's fault.
      LOG.warn("Slack request {} refused: a field of the wrong type", id);
      return SlackHttpResponse.plain(400, "malformed body");
    } catch (Exception e) {
      int status = StoreFaults.unavailable(e) ? 503 : 500;
      LOG.warn("Slack request {} failed ({}): {}", id, status, e.getClass().getSimpleName());
      return SlackHttpResponse.plain(status, "");
    }
  }

  /** The headers with this request's id, so that handlers can log it ({@link #REQUEST_ID}). */
  private static Map<String, List<String>> withId(Map<String, List<String>> headers, String id) {
    Map<String, List<String>> all = new HashMap<>(headers);
    all.put(REQUEST_ID, List.of(id));
    return all;
  }

  private static SlackHttpResponse convert(Response r) {
    Map<String, List<String>> headers = new HashMap<>();
    if (r.getHeaders() != null) {
      r.getHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
    }
    return new SlackHttpResponse(r.getStatusCode(), r.getContentType(), headers, r.getBody());
  }
}
