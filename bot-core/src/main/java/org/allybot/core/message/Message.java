package org.allybot.core.message;

import java.util.List;

/**
 * A platform-neutral message: a small tree of blocks that each adapter renders. {@code summary} is
 * the plain text used for notifications and as a fallback.
 */
public record Message(String summary, List<Block> blocks) {
  public Message {
    blocks = List.copyOf(blocks);
  }

  public static Message of(String summary, Block... blocks) {
    return new Message(summary, List.of(blocks));
  }

  /** A one-paragraph message. */
  public static Message text(String text) {
    return new Message(text, List.of(new Block.Text(text)));
  }

  /** Every button in this message, in order, whether in a poll or a button row. */
  public List<Button> buttons() {
    return blocks.stream()
        .flatMap(b ->
            switch (b) {
              case Block.Choices c -> c.options().stream();
              case Block.Buttons row -> row.buttons().stream();
              default -> java.util.stream.Stream.<Button>empty();
            })
        .toList();
  }
}
