package org.allybot.slack;

import com.google.gson.JsonObject;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode envelopes reach Bolt without passing {@link SlackEndpoint}, so the same check ({@link
 * InboundCheck#socketMode}) runs for them here, first of the middleware: a refused one is acked
 * (with the polite answer for a command) and logged as one WARN line with a request id and the
 * reason. Requests over HTTP were checked already and pass through.
 */
final class SocketModeCheck implements Middleware {
  private static final Logger LOG = LoggerFactory.getLogger(SocketModeCheck.class);

  private final AtomicLong ids = new AtomicLong();
  private final MemberLanguage languages;

  SocketModeCheck(MemberLanguage languages) {
    this.languages = languages;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (!req.isSocketMode()) {
      return chain.next(req);
    }
    InboundCheck.Refusal refusal = InboundCheck.socketMode(req.getRequestBodyAsString());
    if (refusal == null) {
      return chain.next(req);
    }
    String id = "sm-" + Long.toHexString(ids.incrementAndGet());
    LOG.warn("Slack request {} ({}) refused: {}", id, refusal.kind(), refusal.reason());
    String text = refusal.answer(languages);
    if (text.isEmpty()) {
      return Response.ok();
    }
    JsonObject answer = new JsonObject();
    answer.addProperty("response_type", "ephemeral");
    answer.addProperty("text", text);
    return Response.json(200, answer);
  }
}
