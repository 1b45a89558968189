package org.allybot.teams.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps a card within Teams' message size limit (about 28 KB for the whole message): the longest
 * texts are shortened, with an ellipsis, until the card fits with room left for the activity around
 * it. Actions and inputs are never dropped.
 */
public final class CardSize {
  /** Teams refuses messages above about 28 KB. */
  public static final int TEAMS_MESSAGE_LIMIT = 28 * 1024;

  /** What the card itself may take, leaving room for the activity envelope. */
  public static final int CARD_BUDGET = 24 * 1024;

  private static final int SHORTEST = 120;
  private static final ObjectMapper JSON = new ObjectMapper();

  private CardSize() {}

  public static int bytes(JsonNode node) {
    CountingStream counter = new CountingStream();
    try {
      JSON.writeValue(counter, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counter.count;
  }

  /** Counts the bytes written to it, keeping none. */
  private static final class CountingStream extends OutputStream {
    int count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  static ObjectNode fit(ObjectNode card) {
    if (upperBound(card) <= CARD_BUDGET) {
      return card; // most cards: no need to write them out to know
    }
    while (bytes(card) > CARD_BUDGET) {
      List<ObjectNode> texts = new ArrayList<>();
      collectTexts(card.get("body"), texts);
      ObjectNode longest =
          texts.stream()
              .filter(t -> t.path("text").asText().length() > SHORTEST + 1)
              .max(Comparator.comparingInt(t -> t.path("text").asText().length()))
              .orElse(null);
      if (longest == null) {
        return card; // nothing left to shorten; an oversized form is the author's to fix
      }
      String text = longest.path("text").asText();
      int over = bytes(card) - CARD_BUDGET;
      int keep = Math.max(SHORTEST, Math.min(text.length() / 2, text.length() - over - 1));
      int space = text.lastIndexOf(' ', keep); // never mid-word (a translation runs longer)
      keep = space > keep / 2 ? space : keep;
      keep = Character.isLowSurrogate(text.charAt(keep)) ? keep - 1 : keep;
      longest.put("text", text.substring(0, keep).stripTrailing() + "…");
    }
    return card;
  }

  /**
   * More bytes than the card's JSON can take, without writing it: every string at its worst (six
   * bytes a character, as an escape), every other value as its text, plus room for the names,
   * quotes and punctuation around them.
   */
  static long upperBound(JsonNode node) {
    if (node.isTextual()) {
      return 6L * node.textValue().length() + 2;
    }
    if (node.isContainerNode()) {
      long total = 2;
      for (var it = node.fields(); it.hasNext(); ) {
        var field = it.next();
        total += 6L * field.getKey().length() + 4 + upperBound(field.getValue());
      }
      for (JsonNode item : node.isArray() ? node : List.<JsonNode>of()) {
        total += 1 + upperBound(item);
      }
      return total;
    }
    return node.asText().length() + 2L;
  }

  private static void collectTexts(JsonNode node, List<ObjectNode> into) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collectTexts(n, into));
      return;
    }
    if (node.isObject()) {
      if ("TextBlock".equals(node.path("type").asText())) {
        into.add((ObjectNode) node);
      }
      collectTexts(node.get("items"), into);
    }
  }
}
