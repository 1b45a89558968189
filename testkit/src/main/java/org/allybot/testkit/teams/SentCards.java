package org.allybot.testkit.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the Adaptive Cards a bot sent, to find their texts and the data of their actions. */
public final class SentCards {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SentCards() {}

  public static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first Adaptive Card attached to the activity in a recorded call. */
  public static JsonNode card(ConnectorCall call) {
    return json(call.body()).path("attachments").path(0).path("content");
  }

  /** Every TextBlock text of a card, in order, one per line. */
  public static String text(JsonNode card) {
    List<String> texts = new ArrayList<>();
    collect(card, texts, null);
    return String.join("\n", texts);
  }

  /** The data of the first action (or clickable row) whose title or text contains {@code label}. */
  public static JsonNode actionData(JsonNode card, String label) {
    List<JsonNode> actions = new ArrayList<>();
    collect(card, null, actions);
    for (JsonNode action : actions) {
      if (action.path("title").asText("").contains(label)
          || action.path("rowText").asText("").contains(label)) {
        return action.path("data");
      }
    }
    throw new AssertionError("no action '" + label + "' in " + card);
  }

  private static void collect(JsonNode node, List<String> texts, List<JsonNode> actions) {
    if (node.isArray()) {
      node.forEach(n -> collect(n, texts, actions));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (texts != null && "TextBlock".equals(node.path("type").asText())) {
      texts.add(node.path("text").asText());
    }
    if (actions != null && node.path("type").asText().startsWith("Action.")) {
      actions.add(node);
    }
    if (actions != null && node.has("selectAction")) {
      var row = node.get("selectAction").deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) row)
          .put("rowText", text(node.path("items")));
      actions.add(row);
    }
    node.fields()
        .forEachRemaining(e -> {
          if (!e.getKey().equals("selectAction") && !e.getKey().equals("fallback")) {
            collect(e.getValue(), texts, actions);
          }
        });
  }
}
