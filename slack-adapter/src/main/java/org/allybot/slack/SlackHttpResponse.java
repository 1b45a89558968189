package org.allybot.slack;

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
}
