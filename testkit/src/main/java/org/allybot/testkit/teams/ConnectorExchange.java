package org.allybot.testkit.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.allybot.testkit.teams.ConnectorCall.Kind;

/** Answers one request to the {@link FakeBotConnector}, the way the Bot Connector would. */
final class ConnectorExchange implements HttpHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeBotConnector fake;
  private final AtomicLong activityIds = new AtomicLong(1_700_000_000_000L);

  ConnectorExchange(FakeBotConnector fake) {
    this.fake = fake;
  }

  /** A parsed request: its kind and the ids in its path. */
  private record Route(Kind kind, String conversationId, String activityId, String memberId) {}

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long at = System.nanoTime();
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Route route = route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      String tenant = tenantOf(body);
      String posted =
          route.kind() == Kind.SEND || route.kind() == Kind.REPLY
              ? Long.toString(activityIds.incrementAndGet())
              : "";
      int status = answer(exchange, route, body, auth, tenant, posted);
      fake.record(
          new ConnectorCall(
              route.kind(),
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              route.conversationId(),
              route.activityId(),
              tenant,
              body,
              auth,
              status,
              at,
              status >= 200 && status < 300 ? posted : ""));
    }
  }

  private int answer(
      HttpExchange ex, Route route, String body, String auth, String tenant, String posted)
      throws IOException {
    if (route.kind() == Kind.TOKEN) {
      return token(ex, body);
    }
    if (route.kind() == Kind.OTHER) {
      return send(ex, 404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"no such route\"}}");
    }
    if (!fake.authorised(auth)) {
      return send(ex, 401, "{\"message\":\"Authorization has been denied for this request.\"}");
    }
    InjectedFailure failure = fake.takeFailure(route.kind());
    if (failure != null) {
      if (failure.retryAfterSeconds() >= 0) {
        ex.getResponseHeaders().add("Retry-After", Integer.toString(failure.retryAfterSeconds()));
      }
      String code = failure.errorCode().isEmpty() ? "ServiceError" : failure.errorCode();
      return send(ex, failure.status(), error(code));
    }
    boolean writes = !ex.getRequestMethod().equals("GET");
    ConnectorRates rates = fake.rates();
    if (writes && rates != null) {
      long wait = rates.admit(tenant, route.conversationId());
      if (wait > 0) {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999L));
        ex.getResponseHeaders().add("Retry-After", Long.toString(seconds));
        return send(ex, 429, error("TooManyRequests"));
      }
    }
    return switch (route.kind()) {
      case CREATE_CONVERSATION -> send(ex, 201, created(body));
      case SEND, REPLY -> send(ex, 201, "{\"id\":\"" + posted + "\"}");
      case UPDATE -> send(ex, 200, "{\"id\":\"" + route.activityId() + "\"}");
      case DELETE -> empty(ex, 200);
      case MEMBERS_PAGE -> send(ex, 200, page(route.conversationId(), ex.getRequestURI()));
      case MEMBERS ->
          send(ex, 200, JSON.writeValueAsString(accounts(fake.membersOf(route.conversationId()))));
      case MEMBER -> member(ex, route);
      default -> send(ex, 404, error("NotFound"));
    };
  }

  private int token(HttpExchange ex, String body) throws IOException {
    Map<String, String> form = form(body);
    if (!"client_credentials".equals(form.get("grant_type"))
        || !fake.clientMatches(
            form.getOrDefault("client_id", ""), form.getOrDefault("client_secret", ""))) {
      return send(ex, 401, "{\"error\":\"invalid_client\"}");
    }
    return send(
        ex,
        200,
        "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\""
            + fake.issueToken()
            + "\"}");
  }

  private String created(String body) throws IOException {
    JsonNode params = JSON.readTree(body.isEmpty() ? "{}" : body);
    String member = params.path("members").path(0).path("id").asText("");
    return "{\"id\":\"a:direct-" + member + "\"}";
  }

  private String page(String conversationId, java.net.URI uri) throws IOException {
    Map<String, String> query = form(uri.getRawQuery() == null ? "" : uri.getRawQuery());
    List<FakeMember> all = fake.membersOf(conversationId);
    int from = Integer.parseInt(query.getOrDefault("continuationToken", "0").replace("page-", ""));
    int size = fake.pageSizeOr(Integer.parseInt(query.getOrDefault("pageSize", "0")));
    int to = Math.min(all.size(), from + size);
    ObjectNode result = JSON.createObjectNode();
    result.set("members", accounts(all.subList(Math.min(from, to), to)));
    if (to < all.size()) {
      result.put("continuationToken", "page-" + to);
    }
    return JSON.writeValueAsString(result);
  }

  private int member(HttpExchange ex, Route route) throws IOException {
    for (FakeMember m : fake.membersOf(route.conversationId())) {
      if (m.id().equals(route.memberId()) || m.aadObjectId().equals(route.memberId())) {
        ObjectNode account = (ObjectNode) accounts(List.of(m)).get(0);
        String email = fake.emailOf(m.id());
        if (email != null) {
          account.put("email", email).put("userPrincipalName", email);
        }
        return send(ex, 200, JSON.writeValueAsString(account));
      }
    }
    return send(ex, 404, error("MemberNotFoundInConversation"));
  }

  private static ArrayNode accounts(List<FakeMember> people) {
    ArrayNode list = JSON.createArrayNode();
    for (FakeMember m : people) {
      list.addObject().put("id", m.id()).put("name", m.name()).put("aadObjectId", m.aadObjectId());
    }
    return list;
  }

  static Route route(String method, String rawPath) {
    if (method.equals("POST") && rawPath.endsWith("/oauth2/v2.0/token")) {
      return new Route(Kind.TOKEN, "", "", "");
    }
    String[] p = rawPath.replaceFirst("^/+", "").split("/");
    if (p.length < 2 || !p[0].equals("v3") || !p[1].equals("conversations")) {
      return new Route(Kind.OTHER, "", "", "");
    }
    if (p.length == 2) {
      return new Route(method.equals("POST") ? Kind.CREATE_CONVERSATION : Kind.OTHER, "", "", "");
    }
    String conversation = decode(p[2]);
    String part = p.length > 3 ? p[3] : "";
    String id = p.length > 4 ? decode(p[4]) : "";
    Kind kind =
        switch (method + " " + part + (p.length > 4 ? "/id" : "")) {
          case "POST activities" -> Kind.SEND;
          case "POST activities/id" -> Kind.REPLY;
          case "PUT activities/id" -> Kind.UPDATE;
          case "DELETE activities/id" -> Kind.DELETE;
          case "GET pagedmembers" -> Kind.MEMBERS_PAGE;
          case "GET members" -> Kind.MEMBERS;
          case "GET members/id" -> Kind.MEMBER;
          default -> Kind.OTHER;
        };
    return new Route(
        kind, conversation, kind == Kind.MEMBER ? "" : id, kind == Kind.MEMBER ? id : "");
  }

  private static String tenantOf(String body) {
    if (body.isEmpty() || body.charAt(0) != '{') {
      return "";
    }
    try {
      JsonNode node = JSON.readTree(body);
      for (JsonNode candidate :
          List.of(
              node.path("conversation").path("tenantId"),
              node.path("channelData").path("tenant").path("id"),
              node.path("tenantId"))) {
        if (candidate.isTextual() && !candidate.asText().isEmpty()) {
          return candidate.asText();
        }
      }
    } catch (IOException e) {
      return "";
    }
    return "";
  }

  private static Map<String, String> form(String body) {
    Map<String, String> values = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  /** A path segment; unlike a form value, a '+' in it is a plus. */
  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String error(String code) {
    return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"injected by the fake\"}}";
  }

  private static int empty(HttpExchange ex, int status) throws IOException {
    ex.sendResponseHeaders(status, -1);
    return status;
  }

  private static int send(HttpExchange ex, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    return status;
  }
}
