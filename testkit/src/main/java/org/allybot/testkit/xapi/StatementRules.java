package org.allybot.testkit.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * The xAPI 1.0.3 rules the {@link FakeLrs} checks on each statement: the ones an LRS enforces and a
 * sender most easily breaks. Each broken rule is one line naming the field.
 */
final class StatementRules {
  private StatementRules() {}

  static List<String> problems(JsonNode statement) {
    List<String> problems = new ArrayList<>();
    if (!statement.isObject()) {
      return List.of("statement is not a JSON object");
    }
    if (!isUuid(statement.path("id"))) {
      problems.add("id must be a UUID");
    }
    actor(statement.path("actor"), problems);
    if (!isIri(statement.path("verb").path("id"))) {
      problems.add("verb.id must be an IRI");
    }
    JsonNode object = statement.path("object");
    String type = object.path("objectType").asText("Activity");
    if (!type.equals("Activity")) {
      problems.add("object.objectType must be Activity");
    }
    if (!isIri(object.path("id"))) {
      problems.add("object.id must be an IRI");
    }
    if (!isTimestamp(statement.path("timestamp"))) {
      problems.add("timestamp must be an ISO 8601 date and time with an offset");
    }
    JsonNode context = statement.path("context");
    if (context.has("registration") && !isUuid(context.get("registration"))) {
      problems.add("context.registration must be a UUID");
    }
    keysAreIris(context.path("extensions"), "context.extensions", problems);
    JsonNode result = statement.path("result");
    if (result.has("success") && !result.get("success").isBoolean()) {
      problems.add("result.success must be a boolean");
    }
    keysAreIris(result.path("extensions"), "result.extensions", problems);
    return problems;
  }

  /** An Agent with exactly one identifier: here an account (homePage and name) or an mbox. */
  private static void actor(JsonNode actor, List<String> problems) {
    if (!actor.isObject()) {
      problems.add("actor is missing");
      return;
    }
    if (!actor.path("objectType").asText("Agent").equals("Agent")) {
      problems.add("actor.objectType must be Agent");
    }
    int identifiers = 0;
    if (actor.has("mbox")) {
      identifiers++;
      if (!actor.get("mbox").asText().matches("mailto:[^@\\s]+@[^@\\s]+")) {
        problems.add("actor.mbox must be mailto:address");
      }
    }
    if (actor.has("account")) {
      identifiers++;
      if (!isIri(actor.get("account").path("homePage"))) {
        problems.add("actor.account.homePage must be an IRL");
      }
      if (actor.get("account").path("name").asText("").isBlank()) {
        problems.add("actor.account.name must be set");
      }
    }
    for (String other : List.of("mbox_sha1sum", "openid")) {
      identifiers += actor.has(other) ? 1 : 0;
    }
    if (identifiers != 1) {
      problems.add("actor must have exactly one identifier, not " + identifiers);
    }
  }

  private static void keysAreIris(JsonNode extensions, String where, List<String> problems) {
    for (Iterator<String> keys = extensions.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!isIri(key)) {
        problems.add(where + " key " + key + " must be an IRI");
      }
    }
  }

  static boolean isUuid(JsonNode node) {
    try {
      return node.isTextual() && UUID.fromString(node.asText()).toString().equals(node.asText());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isIri(JsonNode node) {
    return node.isTextual() && isIri(node.asText());
  }

  private static boolean isIri(String text) {
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() && uri.getScheme().matches("https?") && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isTimestamp(JsonNode node) {
    try {
      return node.isTextual() && OffsetDateTime.parse(node.asText()) != null;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
