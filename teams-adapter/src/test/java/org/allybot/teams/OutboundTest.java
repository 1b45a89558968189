package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.teams.card.AdaptiveCards;
import org.allybot.teams.card.CardSize;
import org.junit.jupiter.api.Test;

class OutboundTest {
  @Test
  void aMessageIsOneAdaptiveCardAttachmentWithAPlainSummary() {
    Activity activity = Outbound.message(Message.of("*Hi* there", new Block.Text("Hello")));

    assertThat(activity.getAttachments()).hasSize(1);
    assertThat(activity.getAttachments().get(0).getContentType())
        .isEqualTo(AdaptiveCards.CONTENT_TYPE);
    assertThat(activity.getAttachments().get(0).getContent())
        .as("an ObjectNode: the SDK's reflective clone fails on a Map on JDK 17+")
        .isInstanceOf(ObjectNode.class);
    assertThat(activity.getSummary()).isEqualTo("Hi there");
  }

  @Test
  void everyActivityStaysUnderTeamsMessageLimit() throws Exception {
    String paragraph = "A long paragraph about allyship. ".repeat(3000);
    List<Message> messages =
        List.of(
            Message.text(paragraph),
            Message.of("x", new Block.Header(paragraph), new Block.Text(paragraph)),
            Message.text("short"));
    for (Message m : messages) {
      String json = Serialization.toString(Outbound.message(m));
      assertThat(json.getBytes(StandardCharsets.UTF_8).length)
          .isLessThan(CardSize.TEAMS_MESSAGE_LIMIT);
    }
  }
}
