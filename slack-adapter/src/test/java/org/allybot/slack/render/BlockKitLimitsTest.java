package org.allybot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.junit.jupiter.api.Test;

/** The shared limit check fails on each limit it names, and passes what Slack accepts. */
class BlockKitLimitsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aMessageWithinEveryLimitHasNoProblems() {
    Message fine =
        Message.of(
            "fine",
            new Block.Header("Hello"),
            new Block.Text("x".repeat(3000)),
            new Block.Buttons(List.of(Button.of("Got it", "lesson.got-it", "v"))));

    assertThat(BlockKitLimits.problems(fine)).isEmpty();
  }

  @Test
  void anOverLongSectionHeaderOrButtonIsNamed() {
    ArrayNode blocks = JSON.createArrayNode();
    blocks.add(section("y".repeat(3001)));
    blocks.add(header("h".repeat(151)));
    ObjectNode actions = blocks.addObject().put("type", "actions");
    actions.putArray("elements").add(button("b".repeat(76)));

    List<String> problems = BlockKitLimits.problems(blocks);

    assertThat(problems)
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("block 0 (section) text of 3001 characters"))
        .anySatisfy(p -> assertThat(p).startsWith("block 1 (header) of 151 characters"))
        .anySatisfy(p -> assertThat(p).startsWith("block 2 (actions) button of 76 characters"));
  }

  @Test
  void tooManyBlocksOrButtonsAreNamed() {
    ArrayNode blocks = JSON.createArrayNode();
    ObjectNode actions = blocks.addObject().put("type", "actions");
    for (int i = 0; i < 26; i++) {
      actions.withArray("elements").add(button("b" + i));
    }
    ObjectNode view = JSON.createObjectNode().put("type", "modal");
    ArrayNode many = view.putArray("blocks");
    for (int i = 0; i < 101; i++) {
      many.add(section("s"));
    }

    assertThat(BlockKitLimits.problems(blocks))
        .containsExactly("block 0 (actions) elements: 26 (over 25)");
    assertThat(BlockKitLimits.viewProblems(view)).containsExactly("view of 101 blocks (over 100)");
  }

  @Test
  void anOverLongModalTitleLabelOrOptionIsNamed() {
    ObjectNode view = JSON.createObjectNode().put("type", "modal");
    view.putObject("title").put("type", "plain_text").put("text", "t".repeat(25));
    view.putObject("submit").put("type", "plain_text").put("text", "Send");
    ObjectNode input = view.putArray("blocks").addObject().put("type", "input");
    input.putObject("label").put("text", "l".repeat(2001));
    input
        .putObject("element")
        .put("type", "static_select")
        .putArray("options")
        .addObject()
        .putObject("text")
        .put("text", "o".repeat(76));

    List<String> problems = BlockKitLimits.viewProblems(view);

    assertThat(problems)
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("view title of 25 characters (over 24)"))
        .anySatisfy(p -> assertThat(p).startsWith("block 0 (input) label of 2001 characters"))
        .anySatisfy(p -> assertThat(p).startsWith("block 0 (input) option of 76 characters"));
  }

  private static JsonNode section(String text) {
    ObjectNode section = JSON.createObjectNode().put("type", "section");
    section.putObject("text").put("type", "mrkdwn").put("text", text);
    return section;
  }

  private static JsonNode header(String text) {
    ObjectNode header = JSON.createObjectNode().put("type", "header");
    header.putObject("text").put("type", "plain_text").put("text", text);
    return header;
  }

  private static JsonNode button(String text) {
    ObjectNode button = JSON.createObjectNode().put("type", "button").put("action_id", "a");
    button.putObject("text").put("type", "plain_text").put("text", text);
    return button;
  }
}
