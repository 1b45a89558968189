package org.allybot.teams.card;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;

/**
 * Renders a core {@link Block.Form} (new campaign, ask, offer advice, any other) as an Adaptive
 * Card form: one input per field, the values given so far, and each field's error under it. The
 * submit action carries the form's definition, so that a submission with mistakes can be shown
 * again.
 */
public final class FormCards {
  private FormCards() {}

  /** The form on its own card, with {@code values} filled in and {@code errors} shown. */
  public static ObjectNode render(
      Block.Form form, Map<String, String> values, Map<String, String> errors) {
    ObjectNode card = AdaptiveCards.empty();
    appendForm((ArrayNode) card.get("body"), form, values, errors);
    return CardSize.fit(card);
  }

  static void appendForm(
      ArrayNode body, Block.Form form, Map<String, String> values, Map<String, String> errors) {
    Messages say = Messages.in(Language.ofTag(form.language()).orElse(Language.EN));
    body.add(AdaptiveCards.text(form.title()).put("size", "Medium").put("weight", "Bolder"));
    if (!errors.isEmpty()) {
      body.add(AdaptiveCards.text(say.text("form.fix")).put("color", "Attention"));
    }
    for (Block.Field field : form.fields()) {
      String value = values.getOrDefault(field.id(), field.initial());
      body.add(input(field, value == null ? "" : value, say));
      String error = errors.get(field.id());
      if (error != null) {
        body.add(
            AdaptiveCards.text(error)
                .put("color", "Attention")
                .put("size", "Small")
                .put("spacing", "None"));
      }
    }
    ObjectNode actions = AdaptiveCards.NODES.objectNode();
    actions.put("type", "ActionSet");
    actions
        .putArray("actions")
        .add(AdaptiveCards.execute(form.submitLabel(), CardActions.form(form), "positive"));
    body.add(actions);
  }

  private static ObjectNode input(Block.Field field, String value, Messages say) {
    ObjectNode input = AdaptiveCards.NODES.objectNode();
    input.put("id", field.id());
    switch (field.type()) {
      case SHORT_TEXT, LONG_TEXT -> {
        input.put("type", "Input.Text");
        input.put("label", field.label());
        if (field.type() == Block.FieldType.LONG_TEXT) {
          input.put("isMultiline", true);
        }
        if (field.maxLength() > 0) {
          input.put("maxLength", field.maxLength());
        }
        input.put("value", value);
      }
      case CHOICE -> {
        input.put("type", "Input.ChoiceSet");
        input.put("label", field.label());
        input.put("style", "compact");
        ArrayNode choices = input.putArray("choices");
        for (String choice : field.choices()) {
          choices.addObject().put("title", choice).put("value", choice);
        }
        input.put("value", field.choices().contains(value) ? value : "");
      }
      case PERSON -> {
        // Teams' people picker: a choice set filled from the organisation's directory.
        input.put("type", "Input.ChoiceSet");
        input.put("label", field.label());
        input.putArray("choices");
        input
            .putObject("choices.data")
            .put("type", "Data.Query")
            .put("dataset", "graph.microsoft.com/users");
        input.put("value", value);
      }
      case YES_NO -> {
        input.put("type", "Input.Toggle");
        input.put("title", field.label());
        input.put("valueOn", "yes");
        input.put("valueOff", "no");
        input.put("value", isYes(value) ? "yes" : "no");
      }
    }
    if (field.required()) {
      input.put("isRequired", true);
      input.put("errorMessage", say.text("form.required"));
    }
    return input;
  }

  private static boolean isYes(String value) {
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "yes", "true", "on", "y" -> true;
      default -> false;
    };
  }
}
