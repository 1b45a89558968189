package org.allybot.teams.card;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/**
 * Renders a core {@link Message} as an Adaptive Card 1.5 for Teams. Buttons are {@code
 * Action.Execute} (universal actions, answered by an {@code adaptiveCard/action} invoke) with an
 * {@code Action.Submit} fallback; a poll's options are rows that can be clicked the same way, so
 * long option texts wrap instead of being cut off as button titles would be.
 */
public final class AdaptiveCards {
  /** The content type of an Adaptive Card attachment. */
  public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

  public static final String VERSION = "1.5";
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AdaptiveCards() {}

  /** The card for {@code message}, within Teams' size limit. */
  public static ObjectNode render(Message message) {
    ObjectNode card = empty();
    ArrayNode body = (ArrayNode) card.get("body");
    boolean separate = false;
    for (Block block : message.blocks()) {
      if (block instanceof Block.Divider) {
        separate = !body.isEmpty();
        continue;
      }
      int before = body.size();
      switch (block) {
        case Block.Header h ->
            body.add(text(h.text()).put("size", "Medium").put("weight", "Bolder"));
        case Block.Text t -> body.add(text(t.text()));
        case Block.Context c -> body.add(text(c.text()).put("size", "Small").put("isSubtle", true));
        case Block.Choices c -> c.options().forEach(o -> body.add(option(o, c.chosenValue())));
        case Block.Buttons row -> body.add(actionSet(row.buttons()));
        case Block.Form f -> FormCards.appendForm(body, f, Map.of(), Map.of());
        case Block.Divider d -> {}
      }
      if (separate && body.size() > before) {
        ((ObjectNode) body.get(before)).put("separator", true).put("spacing", "Medium");
      }
      separate = false;
    }
    if (body.isEmpty()) {
      body.add(text(message.summary()));
    }
    return CardSize.fit(card);
  }

  /** An empty card of the version Allybot renders, full width in Teams. */
  static ObjectNode empty() {
    ObjectNode card = NODES.objectNode();
    card.put("type", "AdaptiveCard");
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("version", VERSION);
    card.putArray("body");
    card.putObject("msteams").put("width", "Full");
    return card;
  }

  static ObjectNode text(String markup) {
    ObjectNode block = NODES.objectNode();
    block.put("type", "TextBlock");
    block.put("text", CardText.markdown(markup));
    block.put("wrap", true);
    return block;
  }

  /**
   * One poll option: a row that answers when clicked, marked when it is the chosen one (● and ✓,
   * which read the same in every language, as Slack's ✓ does).
   */
  private static ObjectNode option(Button button, String chosenValue) {
    boolean chosen = button.value().equals(chosenValue);
    ObjectNode row = NODES.objectNode();
    row.put("type", "Container");
    row.put("style", chosen ? "good" : "emphasis");
    row.put("spacing", "Small");
    row.putArray("items").add(text((chosen ? "● " : "○ ") + button.label() + (chosen ? " ✓" : "")));
    row.set("selectAction", execute(button.label(), CardActions.choice(button), "default"));
    return row;
  }

  static ObjectNode actionSet(List<Button> buttons) {
    ObjectNode set = NODES.objectNode();
    set.put("type", "ActionSet");
    ArrayNode actions = set.putArray("actions");
    for (Button b : buttons) {
      actions.add(execute(b.label(), CardActions.choice(b), style(b.style())));
    }
    return set;
  }

  /** An {@code Action.Execute} with the same action as an {@code Action.Submit} fallback. */
  static ObjectNode execute(String title, ObjectNode data, String style) {
    ObjectNode submit = NODES.objectNode();
    submit.put("type", "Action.Submit");
    submit.put("title", title);
    submit.set("data", data.deepCopy());
    ObjectNode action = NODES.objectNode();
    action.put("type", "Action.Execute");
    action.put("title", title);
    action.put("verb", CardActions.VERB);
    action.set("data", data);
    if (!style.equals("default")) {
      action.put("style", style);
      submit.put("style", style);
    }
    action.set("fallback", submit);
    return action;
  }

  private static String style(Button.Style style) {
    return switch (style) {
      case PRIMARY -> "positive";
      case DANGER -> "destructive";
      case DEFAULT -> "default";
    };
  }
}
