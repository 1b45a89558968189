package org.allybot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.junit.jupiter.api.Test;

class BlockJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyKindOfBlockIsWrittenAsBoltWritesIt() throws Exception {
    Message m =
        Message.of(
            "summary",
            new Block.Header("Title"),
            new Block.Header("A header far too long for Slack's header block ".repeat(5)),
            new Block.Text("*bold* and _italic_ with <markup> & more"),
            new Block.Choices(
                List.of(
                    Button.of("Speak up", "poll.answer", "a"),
                    Button.of("Wait", "poll.answer", "b")),
                "b"),
            new Block.Choices(
                List.of(
                    Button.of(
                        "An option long enough to need a section ".repeat(3), "poll.answer", "c"),
                    Button.of("Short", "poll.answer", "d")),
                "c"),
            new Block.Buttons(
                List.of(
                    new Button("Stop", "home.optout", "x", Button.Style.DANGER),
                    new Button("Go", "home.resume", "y", Button.Style.PRIMARY),
                    Button.of("Later", "home.later", "z"))),
            new Block.Context("small print"),
            new Block.Divider(),
            new Block.Form("f", "A form", List.of(), "Send"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("replace_original", true);
    body.put("response_type", "ephemeral");
    body.put("text", BlockKit.fallback(m));
    body.put("blocks", BlockKit.blocks(m));

    String ours = BlockJson.write(body);

    assertThat(JSON.readTree(ours))
        .isEqualTo(JSON.readTree(GsonFactory.createSnakeCase().toJson(body)));
    assertThat(ours).doesNotContain("null").contains("\"action_id\"").contains("\"danger\"");
  }
}
