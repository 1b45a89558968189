package org.allybot.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.junit.jupiter.api.Test;

/** The shared size check fails on a card over Teams' limit, and passes one within it. */
class CardLimitsTest {
  @Test
  void aCardWithinTheLimitHasNoProblems() {
    assertThat(CardLimits.problems(Message.of("s", new Block.Text("Hello")))).isEmpty();
  }

  @Test
  void aCardOverTheLimitIsNamedWithItsSize() {
    ObjectNode card = new ObjectMapper().createObjectNode().put("type", "AdaptiveCard");
    card.putArray("body")
        .addObject()
        .put("type", "TextBlock")
        .put("text", "x".repeat(CardSize.TEAMS_MESSAGE_LIMIT));

    assertThat(CardLimits.problems(card))
        .singleElement()
        .asString()
        .startsWith("card of 28")
        .contains("over Teams' 28672");
  }
}
