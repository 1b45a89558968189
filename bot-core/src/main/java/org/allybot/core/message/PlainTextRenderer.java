package org.allybot.core.message;

import java.util.ArrayList;
import java.util.List;

/** Renders a message as plain text for the terminal, numbering every button from {@code first}. */
public final class PlainTextRenderer {
  private PlainTextRenderer() {}

  public static String render(Message message, int first) {
    List<String> lines = new ArrayList<>();
    int number = first;
    for (Block block : message.blocks()) {
      switch (block) {
        case Block.Header h -> lines.add("== " + h.text() + " ==");
        case Block.Text t -> lines.add(t.text());
        case Block.Context c -> lines.add("  (" + c.text() + ")");
        case Block.Divider d -> lines.add("----");
        case Block.Choices c -> {
          for (Button b : c.options()) {
            String mark = b.value().equals(c.chosenValue()) ? " ✓" : "";
            lines.add("  [" + number++ + "] " + b.label() + mark);
          }
        }
        case Block.Buttons row -> {
          StringBuilder line = new StringBuilder();
          for (Button b : row.buttons()) {
            line.append(line.isEmpty() ? "  " : " ")
                .append("[")
                .append(number++)
                .append("] ")
                .append(b.label());
          }
          lines.add(line.toString());
        }
        case Block.Form f -> lines.add("(form: " + f.title() + ")");
      }
    }
    return String.join("\n", lines);
  }
}
