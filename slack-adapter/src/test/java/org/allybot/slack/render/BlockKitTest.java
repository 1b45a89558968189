package org.allybot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.junit.jupiter.api.Test;

class BlockKitTest {
  private static final Set<String> VALID =
      Set.of("header", "section", "actions", "context", "divider", "input");
  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode json(Object blocks) throws Exception {
    return JSON.readTree(GsonFactory.createSnakeCase().toJson(blocks));
  }

  private static String words(int length) {
    StringBuilder s = new StringBuilder();
    int i = 0;
    while (s.length() < length) {
      s.append("word").append(i++ % 10).append(' ');
    }
    return s.toString().strip();
  }

  @Test
  void everyBlockKindRendersToAValidBlockType() throws Exception {
    Message m =
        Message.of(
            "summary",
            new Block.Header("Title"),
            new Block.Text("*bold* and _italic_"),
            new Block.Choices(List.of(Button.of("Yes", "poll.answer", "y")), null),
            new Block.Buttons(List.of(new Button("Stop", "home.optout", "x", Button.Style.DANGER))),
            new Block.Context("small print"),
            new Block.Divider());

    JsonNode blocks = json(BlockKit.blocks(m));

    assertThat(blocks.findValuesAsText("type").stream().filter(VALID::contains).toList())
        .containsSubsequence("header", "section", "actions", "actions", "context", "divider");
    assertThat(blocks.get(1).at("/text/type").asText()).isEqualTo("mrkdwn");
    assertThat(blocks.get(3).at("/elements/0/style").asText()).isEqualTo("danger");
    assertThat(blocks.get(2).at("/elements/0/action_id").asText()).endsWith(":poll.answer");
    assertThat(ActionIds.action(blocks.get(2).at("/elements/0/action_id").asText()))
        .isEqualTo("poll.answer");
  }

  @Test
  void longTextIsSplitIntoSectionsAtWordBreaksWithNothingLost() throws Exception {
    String text = words(7_000);

    JsonNode blocks = json(BlockKit.blocks(Message.text(text)));

    List<String> parts = new ArrayList<>();
    blocks.forEach(b -> parts.add(b.at("/text/text").asText()));
    assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
    assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(3000));
    assertThat(parts).allSatisfy(p -> assertThat(p).matches("word\\d.*word\\d"));
    assertThat(String.join(" ", parts)).isEqualTo(text);
  }

  @Test
  void paragraphsArePreferredBreaks() {
    String text = words(2000) + "\n\n" + words(2000);

    List<String> parts = TextChunks.split(text, 3000);

    assertThat(parts).containsExactly(words(2000), words(2000));
  }

  @Test
  void markupCharactersAreEscaped() throws Exception {
    JsonNode blocks = json(BlockKit.blocks(Message.text("a < b & c > d")));

    assertThat(blocks.at("/0/text/text").asText()).isEqualTo("a &lt; b &amp; c &gt; d");
  }

  @Test
  void userAndChannelMentionsShowAsNamesButSpecialMentionsStayEscaped() throws Exception {
    JsonNode blocks =
        json(
            BlockKit.blocks(
                Message.text("<@U0SAM000001> thanked <@W0ANA01> in <#C0KUDOS01>, <!here> <b>")));

    assertThat(blocks.at("/0/text/text").asText())
        .isEqualTo("<@U0SAM000001> thanked <@W0ANA01> in <#C0KUDOS01>, &lt;!here&gt; &lt;b&gt;");
  }

  @Test
  void buttonLabelsStayWithin75CharactersAndEndAtAWord() throws Exception {
    String label = words(120);
    JsonNode blocks =
        json(
            BlockKit.blocks(
                Message.of("s", new Block.Buttons(List.of(Button.of(label, "a", "v"))))));

    String text = blocks.at("/0/elements/0/text/text").asText();
    assertThat(text.length()).isLessThanOrEqualTo(75);
    assertThat(text).endsWith("…");
    assertThat(label).startsWith(text.substring(0, text.length() - 1));
  }

  @Test
  void pollOptionsTooLongForAButtonBecomeSectionsWithTheWholeText() throws Exception {
    String longOption = words(200);
    Block.Choices choices =
        new Block.Choices(
            List.of(
                Button.of(longOption, "poll.answer", "v1"),
                Button.of("Short", "poll.answer", "v2")),
            "v1");

    JsonNode blocks = json(BlockKit.blocks(Message.of("s", choices)));

    assertThat(blocks.get(0).path("type").asText()).isEqualTo("section");
    assertThat(blocks.get(0).at("/text/text").asText()).contains(longOption).startsWith("✓");
    assertThat(blocks.get(0).at("/accessory/style").asText()).isEqualTo("primary");
    assertThat(blocks.get(1).at("/accessory/value").asText()).isEqualTo("v2");
  }

  @Test
  void theChosenPollOptionIsMarked() throws Exception {
    Block.Choices choices =
        new Block.Choices(
            List.of(
                Button.of("Speak up", "poll.answer", "a"), Button.of("Wait", "poll.answer", "b")),
            "b");

    JsonNode blocks = json(BlockKit.blocks(Message.of("s", choices)));

    assertThat(blocks.at("/0/elements/1/text/text").asText()).isEqualTo("✓ Wait");
    assertThat(blocks.at("/0/elements/1/style").asText()).isEqualTo("primary");
    assertThat(blocks.at("/0/elements/0/style").isMissingNode()).isTrue();
  }

  @Test
  void moreThan25ButtonsAreSpreadOverActionsBlocks() throws Exception {
    List<Button> many = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      many.add(Button.of("B" + i, "x", "v" + i));
    }

    JsonNode blocks = json(BlockKit.blocks(Message.of("s", new Block.Buttons(many))));

    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0).path("elements")).hasSize(25);
  }

  @Test
  void aMessageOverFiftyBlocksIsSentAsSeveral() {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      blocks.add(new Block.Divider());
    }

    List<List<com.slack.api.model.block.LayoutBlock>> parts =
        BlockKit.messages(new Message("s", blocks));

    assertThat(parts).extracting(List::size).containsExactly(50, 50, 20);
  }

  @Test
  void aLongHeaderBecomesABoldSection() throws Exception {
    JsonNode blocks = json(BlockKit.blocks(Message.of("s", new Block.Header(words(200)))));

    assertThat(blocks.get(0).path("type").asText()).isEqualTo("section");
    assertThat(blocks.get(0).at("/text/text").asText()).startsWith("*word0");
  }
}
