package org.allybot.slack;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/** What to answer: status, content type, extra headers (such as Set-Cookie) and body. */
public record SlackHttpResponse(
    int status, String contentType, Map<String, List<String>> headers, String body) {
  public SlackHttpResponse {
    headers = Map.copyOf(headers);
    body = body == null ? "" : body;
    contentType = contentType == null ? "text/plain; charset=utf-8" : contentType;
  }

  static SlackHttpResponse plain(int status, String body) {
    return new SlackHttpResponse(status, "text/plain; charset=utf-8", Map.of(), body);
  }

  /** An ack that shows {@code text} to the member only, as a slash command's answer. */
  static SlackHttpResponse ephemeral(String text) {
    JsonObject o = new JsonObject();
    o.addProperty("response_type", "ephemeral");
    o.addProperty("text", text);
    return new SlackHttpResponse(200, "application/json; charset=utf-8", Map.of(), o.toString());
  }
}
