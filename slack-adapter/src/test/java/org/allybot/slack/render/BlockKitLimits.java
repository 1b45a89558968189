package org.allybot.slack.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/**
 * Slack's Block Kit limits, checked on the JSON Slack receives: each call lists every broken limit
 * as a line that says where and by how much, and an empty list when all hold. Render tests assert
 * {@code assertThat(BlockKitLimits.problems(...)).isEmpty()}.
 */
public final class BlockKitLimits {
  static final int SECTION_TEXT = BlockKit.SECTION_LIMIT;
  static final int FIELD_TEXT = 2000;
  static final int FIELDS = 10;
  static final int CONTEXT_ELEMENTS = 10;
  static final int HEADER_TEXT = BlockKit.HEADER_LIMIT;
  static final int BUTTON_TEXT = BlockKit.LABEL_LIMIT;
  static final int BUTTON_VALUE = 2000;
  static final int ACTION_ID = 255;
  static final int ACTIONS_ELEMENTS = BlockKit.BUTTONS_PER_BLOCK;
  static final int MESSAGE_BLOCKS = BlockKit.BLOCKS_PER_MESSAGE;
  static final int VIEW_BLOCKS = Views.VIEW_BLOCKS;
  static final int VIEW_TITLE = Views.TITLE_LIMIT;
  static final int LABEL_TEXT = 2000;
  static final int PLACEHOLDER_TEXT = 150;
  static final int OPTION_TEXT = Views.OPTION_LIMIT;
  static final int OPTIONS = 100;

  private static final ObjectMapper JSON = new ObjectMapper();

  private BlockKitLimits() {}

  /** What a Slack SDK object (blocks, a view) looks like as the JSON Slack receives. */
  public static JsonNode json(Object rendered) {
    try {
      return JSON.readTree(GsonFactory.createSnakeCase().toJson(rendered));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The message as rendered: each Slack message it is sent as (50 blocks at most), checked. */
  public static List<String> problems(Message message) {
    List<String> problems = new ArrayList<>();
    for (var part : BlockKit.messages(message)) {
      JsonNode blocks = json(part);
      if (blocks.size() > MESSAGE_BLOCKS) {
        problems.add("message of " + blocks.size() + " blocks (over " + MESSAGE_BLOCKS + ")");
      }
      problems.addAll(problems(blocks));
    }
    return problems;
  }

  /** The form as its modal. */
  public static List<String> problems(Block.Form form) {
    return viewProblems(json(Views.modal(form, "")));
  }

  /** A list of blocks (a message's, a modal's, the App Home's), whatever their number. */
  public static List<String> problems(JsonNode blocks) {
    List<String> problems = new ArrayList<>();
    int i = 0;
    for (JsonNode block : blocks) {
      String where = "block " + i++ + " (" + block.path("type").asText() + ")";
      block(block, where, problems);
    }
    return problems;
  }

  /** A view (a modal or the App Home): its title and buttons, its number of blocks, each block. */
  public static List<String> viewProblems(JsonNode view) {
    List<String> problems = new ArrayList<>();
    for (String part : List.of("title", "submit", "close")) {
      over(view.at("/" + part + "/text").asText(), VIEW_TITLE, "view " + part, problems);
    }
    if (view.path("blocks").size() > VIEW_BLOCKS) {
      problems.add("view of " + view.path("blocks").size() + " blocks (over " + VIEW_BLOCKS + ")");
    }
    problems.addAll(problems(view.path("blocks")));
    return problems;
  }

  private static void block(JsonNode block, String where, List<String> problems) {
    switch (block.path("type").asText()) {
      case "section" -> {
        over(block.at("/text/text").asText(), SECTION_TEXT, where + " text", problems);
        count(block.path("fields"), FIELDS, where + " fields", problems);
        for (JsonNode field : block.path("fields")) {
          over(field.path("text").asText(), FIELD_TEXT, where + " field", problems);
        }
        element(block.path("accessory"), where + " accessory", problems);
      }
      case "context" -> {
        count(block.path("elements"), CONTEXT_ELEMENTS, where + " elements", problems);
        for (JsonNode element : block.path("elements")) {
          over(element.path("text").asText(), SECTION_TEXT, where + " text", problems);
        }
      }
      case "header" -> over(block.at("/text/text").asText(), HEADER_TEXT, where, problems);
      case "actions" -> {
        count(block.path("elements"), ACTIONS_ELEMENTS, where + " elements", problems);
        for (JsonNode element : block.path("elements")) {
          element(element, where, problems);
        }
      }
      case "input" -> {
        over(block.at("/label/text").asText(), LABEL_TEXT, where + " label", problems);
        over(block.at("/hint/text").asText(), LABEL_TEXT, where + " hint", problems);
        element(block.path("element"), where, problems);
      }
      default -> {}
    }
  }

  private static void element(JsonNode element, String where, List<String> problems) {
    String type = element.path("type").asText();
    if (type.equals("button")) {
      over(element.at("/text/text").asText(), BUTTON_TEXT, where + " button", problems);
      over(element.path("value").asText(), BUTTON_VALUE, where + " button value", problems);
    }
    over(element.path("action_id").asText(), ACTION_ID, where + " action id", problems);
    over(
        element.at("/placeholder/text").asText(),
        PLACEHOLDER_TEXT,
        where + " placeholder",
        problems);
    count(element.path("options"), OPTIONS, where + " options", problems);
    for (JsonNode option : element.path("options")) {
      over(option.at("/text/text").asText(), OPTION_TEXT, where + " option", problems);
    }
  }

  private static void over(String text, int limit, String what, List<String> problems) {
    if (text.length() > limit) {
      String start = text.substring(0, Math.min(40, text.length()));
      problems.add(what + " of " + text.length() + " characters (over " + limit + "): " + start);
    }
  }

  private static void count(JsonNode items, int limit, String what, List<String> problems) {
    if (items.size() > limit) {
      problems.add(what + ": " + items.size() + " (over " + limit + ")");
    }
  }
}
