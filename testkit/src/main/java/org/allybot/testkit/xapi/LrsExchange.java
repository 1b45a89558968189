package org.allybot.testkit.xapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Answers one request to the {@link FakeLrs}, the way an xAPI 1.0.3 LRS would. */
final class LrsExchange implements HttpHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeLrs fake;

  LrsExchange(FakeLrs fake) {
    this.fake = fake;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      List<JsonNode> batch = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      int status = answer(exchange, body, batch, problems);
      fake.received(batch.size(), status, problems);
    }
  }

  private int answer(HttpExchange ex, String body, List<JsonNode> batch, List<String> problems)
      throws IOException {
    if (!ex.getRequestMethod().equals("POST")
        || !ex.getRequestURI().getPath().equals("/xapi/statements")) {
      return send(ex, 404, "no such resource");
    }
    if (!fake.authorised(ex.getRequestHeaders().getFirst("Authorization"))) {
      return send(ex, 401, "unauthorised");
    }
    String version = ex.getRequestHeaders().getFirst("X-Experience-API-Version");
    if (version == null || !version.startsWith("1.0.")) {
      problems.add("X-Experience-API-Version header must be 1.0.x, not " + version);
      return send(ex, 400, problems.getLast());
    }
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.startsWith("application/json")) {
      problems.add("Content-Type must be application/json, not " + type);
      return send(ex, 400, problems.getLast());
    }
    JsonNode parsed;
    try {
      parsed = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      problems.add("body is not JSON");
      return send(ex, 400, problems.getLast());
    }
    (parsed.isArray() ? parsed : JSON.createArrayNode().add(parsed)).forEach(batch::add);
    LrsFailure failure = fake.takeFailure();
    if (failure != null) {
      return fail(ex, failure);
    }
    return store(ex, batch, problems);
  }

  private int store(HttpExchange ex, List<JsonNode> batch, List<String> problems)
      throws IOException {
    Set<String> ids = new HashSet<>();
    for (JsonNode statement : batch) {
      StatementRules.problems(statement).forEach(p -> problems.add(idOf(statement) + ": " + p));
      if (!ids.add(idOf(statement))) {
        problems.add(idOf(statement) + ": the batch holds this id twice");
      }
    }
    if (!problems.isEmpty()) {
      return send(ex, 400, String.join("\n", problems));
    }
    if (batch.stream().anyMatch(s -> fake.refuses(idOf(s)))) {
      return send(ex, 400, "a statement of the batch is refused");
    }
    if (!fake.store(batch)) {
      return send(ex, 409, "an id is taken by a different statement");
    }
    return send(ex, 200, JSON.writeValueAsString(batch.stream().map(LrsExchange::idOf).toList()));
  }

  private static int fail(HttpExchange ex, LrsFailure failure) throws IOException {
    if (failure.delay().isPositive()) {
      try {
        Thread.sleep(failure.delay());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (!failure.retryAfter().isEmpty()) {
      ex.getResponseHeaders().add("Retry-After", failure.retryAfter());
    }
    return send(ex, failure.status(), "injected failure");
  }

  private static String idOf(JsonNode statement) {
    return statement.path("id").asText("");
  }

  private static int send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "text/plain");
    ex.getResponseHeaders().add("X-Experience-API-Version", "1.0.3");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    return status;
  }
}
