package org.allybot.testkit.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a Web API request the way Slack accepts it: form or JSON body, bearer token or Basic. */
final class FakeRequests {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeRequests() {}

  /** Query, form or top-level JSON fields, plus Basic client credentials. */
  static Map<String, String> params(HttpExchange exchange, String body) throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      form(query, params);
    }
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null && type.contains("json") && !body.isBlank()) {
      JsonNode tree = JSON.readTree(body);
      tree.properties()
          .forEach(e ->
              params.put(
                  e.getKey(),
                  e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
    } else if (!body.isBlank()) {
      form(body, params);
    }
    basicAuth(exchange, params);
    return params;
  }

  private static void form(String encoded, Map<String, String> into) {
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        into.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
  }

  /** OAuth clients may send their id and secret as HTTP Basic credentials. */
  private static void basicAuth(HttpExchange exchange, Map<String, String> params) {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth != null && auth.startsWith("Basic ")) {
      String pair =
          new String(
              java.util.Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon > 0) {
        params.putIfAbsent("client_id", pair.substring(0, colon));
        params.putIfAbsent("client_secret", pair.substring(colon + 1));
      }
    }
  }

  static String token(HttpExchange exchange, Map<String, String> params) {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth != null && auth.startsWith("Bearer ")) {
      return auth.substring("Bearer ".length());
    }
    return params.getOrDefault("token", "");
  }
}
