package org.allybot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.campaign.CampaignForm;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.junit.jupiter.api.Test;

class ViewsTest {
  @Test
  void aFormBecomesAModalWithOneInputBlockPerFieldKeyedByFieldId() throws Exception {
    JsonNode view =
        BlockKitTest.json(
            Views.modal(
                CampaignForm.form(org.allybot.core.language.Messages.english()),
                "{\"o\":\"command\"}"));

    assertThat(view.path("type").asText()).isEqualTo("modal");
    assertThat(view.path("callback_id").asText()).isEqualTo(CampaignForm.ID);
    assertThat(view.at("/title/text").asText().length()).isLessThanOrEqualTo(24);
    assertThat(view.path("private_metadata").asText()).isEqualTo("{\"o\":\"command\"}");
    JsonNode blocks = view.path("blocks");
    assertThat(blocks)
        .hasSize(CampaignForm.form(org.allybot.core.language.Messages.english()).fields().size());
    assertThat(blocks.findValuesAsText("type"))
        .contains("input", "plain_text_input", "static_select", "radio_buttons");
    assertThat(blocks.get(0).path("block_id").asText()).isEqualTo("name");
    assertThat(blocks.get(0).at("/element/action_id").asText()).isEqualTo("name");
    assertThat(blocks.get(0).path("optional").asBoolean()).isFalse();
    assertThat(blocks.get(1).at("/element/initial_value").asText()).isEqualTo("all");
  }

  @Test
  void longTextFieldsAreMultilineWithTheirLimit() throws Exception {
    Block.Form form =
        new Block.Form(
            "ask",
            "Ask allies about a situation at work",
            List.of(
                new Block.Field(
                    "situation",
                    "Situation",
                    Block.FieldType.LONG_TEXT,
                    true,
                    2000,
                    List.of(),
                    "")),
            "Post it");

    JsonNode view = BlockKitTest.json(Views.modal(form, ""));

    assertThat(view.at("/blocks/0/element/multiline").asBoolean()).isTrue();
    assertThat(view.at("/blocks/0/element/max_length").asInt()).isEqualTo(2000);
    assertThat(view.at("/title/text").asText()).hasSizeLessThanOrEqualTo(24).endsWith("…");
  }

  @Test
  void theHomeIsAHomeViewAndNeverOverAHundredBlocks() throws Exception {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      blocks.add(new Block.Text("line " + i));
    }

    JsonNode home = BlockKitTest.json(Views.home(new Message("home", blocks)));

    assertThat(home.path("type").asText()).isEqualTo("home");
    assertThat(home.path("blocks")).hasSize(100);
    assertThat(home.at("/blocks/99/type").asText()).isEqualTo("context");
  }
}
