package org.allybot.teams.card;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;

/**
 * The data a card action carries back to the bot, and how it is read again. Every action sends
 * {@code {"allybot": {...}}}; Teams merges form input values beside it, keyed by input id. The same
 * data serves {@code Action.Execute} (an {@code adaptiveCard/action} invoke) and its {@code
 * Action.Submit} fallback (a message whose value is the data).
 */
public final class CardActions {
  /** The {@code verb} of every {@code Action.Execute} Allybot renders. */
  public static final String VERB = "allybot";

  static final String KEY = "allybot";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CardActions() {}

  /** What an action asked for. */
  public sealed interface Pressed {
    /** A button or poll option: the core's action and value. */
    record Choice(String action, String value) implements Pressed {}

    /**
     * A form was submitted: its id, its definition (to show it again with errors) and the values.
     */
    record FormSubmit(Block.Form form, Map<String, String> values) implements Pressed {}
  }

  static ObjectNode choice(Button button) {
    ObjectNode data = NODES.objectNode();
    data.putObject(KEY)
        .put("kind", "choice")
        .put("action", button.action())
        .put("value", button.value());
    return data;
  }

  static ObjectNode form(Block.Form form) {
    ObjectNode data = NODES.objectNode();
    data.putObject(KEY).put("kind", "form").set("spec", JSON.valueToTree(form));
    return data;
  }

  /**
   * The spec rides in the card's data, so a client can send it back with parts missing: every part
   * the form is drawn or read from must be there.
   */
  private static boolean whole(Block.Form form) {
    return form != null
        && form.formId() != null
        && form.title() != null
        && form.submitLabel() != null
        && form.fields().stream()
            .allMatch(f -> f.id() != null && f.label() != null && f.type() != null);
  }

  /** Reads action data; empty when it is not Allybot's or is damaged. */
  public static Optional<Pressed> read(JsonNode data) {
    JsonNode ours = data == null ? null : data.get(KEY);
    if (ours == null || !ours.isObject()) {
      return Optional.empty();
    }
    switch (ours.path("kind").asText("")) {
      case "choice" -> {
        String action = ours.path("action").asText("");
        if (action.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(new Pressed.Choice(action, ours.path("value").asText("")));
      }
      case "form" -> {
        Block.Form form;
        try {
          form = JSON.treeToValue(ours.get("spec"), Block.Form.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
          return Optional.empty();
        }
        if (!whole(form)) {
          return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Block.Field field : form.fields()) {
          JsonNode value = data.get(field.id());
          values.put(field.id(), value == null || value.isNull() ? "" : value.asText(""));
        }
        return Optional.of(new Pressed.FormSubmit(form, values));
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
