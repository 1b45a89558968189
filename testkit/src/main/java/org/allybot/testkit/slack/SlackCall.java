package org.allybot.testkit.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * One request the fake Slack received: the Web API method (or {@code response_url}), the bearer
 * token, the parameters (form fields, or top-level JSON fields as text) and the HTTP status it got.
 */
public record SlackCall(
    String method, String token, Map<String, String> params, int status, long atNanos) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public SlackCall {
    params = Map.copyOf(params);
  }

  public String param(String name) {
    return params.getOrDefault(name, "");
  }

  /** A parameter that holds JSON, such as {@code blocks} or {@code view}, parsed. */
  public JsonNode json(String name) {
    try {
      return JSON.readTree(param(name).isEmpty() ? "null" : param(name));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(name + " is not JSON: " + param(name), e);
    }
  }

  public boolean ok() {
    return status == 200;
  }
}
