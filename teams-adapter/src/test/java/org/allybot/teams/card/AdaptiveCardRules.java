package org.allybot.teams.card;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Adaptive Card rules Allybot's cards must keep, checked one by one: element and action types
 * that exist in version 1.5, their required properties, the properties they may have, and values
 * from the schema's enumerations. {@link #check} lists every broken rule.
 */
final class AdaptiveCardRules {
  static final Set<String> ELEMENTS_1_5 =
      Set.of(
          "TextBlock",
          "Image",
          "Media",
          "RichTextBlock",
          "Container",
          "ColumnSet",
          "FactSet",
          "ImageSet",
          "ActionSet",
          "Table",
          "Input.Text",
          "Input.Number",
          "Input.Date",
          "Input.Time",
          "Input.Toggle",
          "Input.ChoiceSet");
  static final Set<String> ACTIONS_1_5 =
      Set.of(
          "Action.OpenUrl",
          "Action.Submit",
          "Action.ShowCard",
          "Action.ToggleVisibility",
          "Action.Execute");
  private static final Set<String> COMMON =
      Set.of("type", "id", "spacing", "separator", "isVisible", "requires", "fallback", "height");
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "TextBlock",
          Set.of(
              "text",
              "wrap",
              "size",
              "weight",
              "color",
              "isSubtle",
              "maxLines",
              "fontType",
              "horizontalAlignment",
              "style"),
          "Container",
          Set.of(
              "items",
              "style",
              "selectAction",
              "bleed",
              "minHeight",
              "verticalContentAlignment",
              "backgroundImage",
              "rtl"),
          "ActionSet",
          Set.of("actions"),
          "Input.Text",
          Set.of(
              "label",
              "isRequired",
              "errorMessage",
              "isMultiline",
              "maxLength",
              "value",
              "placeholder",
              "style",
              "inlineAction",
              "regex"),
          "Input.ChoiceSet",
          Set.of(
              "label",
              "isRequired",
              "errorMessage",
              "choices",
              "style",
              "value",
              "isMultiSelect",
              "placeholder",
              "wrap"),
          "Input.Toggle",
          Set.of(
              "label",
              "isRequired",
              "errorMessage",
              "title",
              "value",
              "valueOn",
              "valueOff",
              "wrap"));
  private static final Set<String> ACTION_PROPS =
      Set.of(
          "type",
          "title",
          "iconUrl",
          "id",
          "style",
          "fallback",
          "tooltip",
          "isEnabled",
          "mode",
          "requires",
          "data",
          "verb",
          "associatedInputs",
          "url");
  private static final Set<String> SIZES =
      Set.of("default", "small", "medium", "large", "extralarge");
  private static final Set<String> WEIGHTS = Set.of("default", "lighter", "bolder");
  private static final Set<String> COLORS =
      Set.of("default", "dark", "light", "accent", "good", "warning", "attention");
  private static final Set<String> CONTAINER_STYLES =
      Set.of("default", "emphasis", "good", "attention", "warning", "accent");
  private static final Set<String> ACTION_STYLES = Set.of("default", "positive", "destructive");
  private static final Set<String> SPACINGS =
      Set.of("none", "small", "default", "medium", "large", "extralarge", "padding");

  private final List<String> broken = new ArrayList<>();
  private final Set<String> inputIds = new HashSet<>();

  static List<String> check(JsonNode card) {
    AdaptiveCardRules rules = new AdaptiveCardRules();
    rules.card(card);
    return rules.broken;
  }

  private void card(JsonNode card) {
    rule("AdaptiveCard".equals(card.path("type").asText()), "root type is AdaptiveCard");
    rule("1.5".equals(card.path("version").asText()), "version is 1.5");
    rule(card.path("$schema").isTextual(), "$schema is given");
    rule(card.path("body").isArray() && !card.path("body").isEmpty(), "body is a non-empty array");
    card.path("body").forEach(this::element);
    rule(!card.has("actions") || card.get("actions").isArray(), "actions is an array");
    card.path("actions").forEach(a -> action(a, false));
  }

  private void element(JsonNode e) {
    String type = e.path("type").asText("");
    if (!ELEMENTS_1_5.contains(type)) {
      broken.add("unknown element type '" + type + "'");
      return;
    }
    Set<String> allowed = ALLOWED.getOrDefault(type, Set.of());
    for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      rule(
          COMMON.contains(field) || allowed.contains(field),
          type + " has no property '" + field + "'");
    }
    oneOf(e, "spacing", SPACINGS);
    switch (type) {
      case "TextBlock" -> {
        rule(
            e.path("text").isTextual() && !e.path("text").asText().isBlank(), "TextBlock has text");
        oneOf(e, "size", SIZES);
        oneOf(e, "weight", WEIGHTS);
        oneOf(e, "color", COLORS);
      }
      case "Container" -> {
        rule(e.path("items").isArray() && !e.path("items").isEmpty(), "Container has items");
        oneOf(e, "style", CONTAINER_STYLES);
        e.path("items").forEach(this::element);
        if (e.has("selectAction")) {
          action(e.get("selectAction"), true);
        }
      }
      case "ActionSet" -> {
        rule(e.path("actions").isArray() && !e.path("actions").isEmpty(), "ActionSet has actions");
        e.path("actions").forEach(a -> action(a, false));
      }
      case "Input.Text", "Input.ChoiceSet", "Input.Toggle" -> input(e, type);
      default -> {}
    }
  }

  private void input(JsonNode e, String type) {
    String id = e.path("id").asText("");
    rule(!id.isEmpty(), type + " has an id");
    rule(inputIds.add(id), "input id '" + id + "' is unique");
    rule(
        !id.equals(CardActions.KEY) && !id.equals("msteams"),
        "input id does not clash with action data");
    if (type.equals("Input.Toggle")) {
      rule(
          e.path("title").isTextual() && !e.path("title").asText().isBlank(),
          "Input.Toggle has a title");
    } else {
      rule(e.path("label").isTextual(), type + " has a label");
    }
    if (type.equals("Input.ChoiceSet")) {
      rule(e.path("choices").isArray() && !e.path("choices").isEmpty(), "ChoiceSet has choices");
      for (JsonNode c : e.path("choices")) {
        rule(
            c.path("title").isTextual() && c.path("value").isTextual(),
            "each choice has title and value");
      }
    }
  }

  private void action(JsonNode a, boolean asSelectAction) {
    String type = a.path("type").asText("");
    rule(ACTIONS_1_5.contains(type), "unknown action type '" + type + "'");
    rule(!asSelectAction || !type.equals("Action.ShowCard"), "selectAction is not Action.ShowCard");
    for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      rule(ACTION_PROPS.contains(field), type + " has no property '" + field + "'");
    }
    oneOf(a, "style", ACTION_STYLES);
    rule(a.path("title").isTextual() && !a.path("title").asText().isBlank(), type + " has a title");
    switch (type) {
      case "Action.Execute" -> {
        rule(CardActions.VERB.equals(a.path("verb").asText()), "Action.Execute has Allybot's verb");
        rule(a.path("data").isObject(), "Action.Execute has data");
        JsonNode fallback = a.path("fallback");
        rule(
            "Action.Submit".equals(fallback.path("type").asText()),
            "Action.Execute falls back to Action.Submit");
        rule(a.path("data").equals(fallback.path("data")), "the fallback carries the same data");
        rule(a.path("title").equals(fallback.path("title")), "the fallback has the same title");
        rule(CardActions.read(a.path("data")).isPresent(), "the action's data reads back");
      }
      case "Action.Submit" -> rule(a.path("data").isObject(), "Action.Submit has data");
      case "Action.OpenUrl" -> rule(a.path("url").isTextual(), "Action.OpenUrl has a url");
      default -> {}
    }
  }

  private void oneOf(JsonNode e, String field, Set<String> values) {
    if (e.has(field)) {
      String v = e.get(field).asText("").toLowerCase(Locale.ROOT);
      rule(values.contains(v), field + " '" + e.get(field).asText() + "' is a valid value");
    }
  }

  private void rule(boolean holds, String rule) {
    if (!holds) {
      broken.add(rule);
    }
  }
}
