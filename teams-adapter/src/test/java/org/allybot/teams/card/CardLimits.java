package org.allybot.teams.card;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/**
 * Teams' message size limit, checked on rendered cards: each call lists the card that is too big,
 * by how much, and an empty list when it fits. Render tests assert {@code
 * assertThat(CardLimits.problems(...)).isEmpty()}. (The renderer's own {@link CardSize} keeps cards
 * within the limit; this checks that it did.)
 */
public final class CardLimits {
  private CardLimits() {}

  /** A rendered card (or a whole activity's JSON). */
  public static List<String> problems(JsonNode card) {
    int bytes = CardSize.bytes(card);
    if (bytes <= CardSize.TEAMS_MESSAGE_LIMIT) {
      return List.of();
    }
    String text = card.findPath("text").asText("");
    return List.of(
        "card of %d bytes (over Teams' %d): %s"
            .formatted(
                bytes,
                CardSize.TEAMS_MESSAGE_LIMIT,
                text.substring(0, Math.min(40, text.length()))));
  }

  /** The message as its card. */
  public static List<String> problems(Message message) {
    return problems(AdaptiveCards.render(message));
  }

  /** The form as its card, empty and with no errors shown. */
  public static List<String> problems(Block.Form form) {
    return problems(FormCards.render(form, Map.of(), Map.of()));
  }
}
