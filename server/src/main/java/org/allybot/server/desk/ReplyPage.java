package org.allybot.server.desk;

import java.util.ArrayList;
import java.util.List;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.server.dashboard.Html;

/**
 * The core's answer to a sent form, as a page: what chat would have shown (the reference and what
 * happens next). Buttons are left out, since they only work in chat.
 */
final class ReplyPage {
  private ReplyPage() {}

  static String render(Messages say, Reply reply) {
    List<Block> blocks = new ArrayList<>();
    reply.messages().forEach(m -> blocks.addAll(m.blocks()));
    String title =
        reply.messages().isEmpty()
            ? say.text("pages.desk.sent-title")
            : reply.messages().getFirst().summary();
    // A reply that opens with a header has its title there: the page shows it once, as the h1.
    if (!blocks.isEmpty() && blocks.getFirst() instanceof Block.Header header) {
      title = header.text();
      blocks.removeFirst();
    }
    StringBuilder h = new StringBuilder(2048);
    h.append("<h1>")
        .append(Html.esc(title))
        .append("</h1>\n<div class=\"reply\" role=\"status\">\n");
    blocks.forEach(block -> block(h, block));
    h.append("</div>\n<p>").append(Html.esc(say.text("pages.desk.sent-next"))).append("</p>\n");
    return DeskPageFrame.page(say, title, h.toString());
  }

  private static void block(StringBuilder h, Block block) {
    switch (block) {
      case Block.Header header ->
          h.append("<h2>").append(Html.esc(header.text())).append("</h2>\n");
      case Block.Text text -> h.append("<p>").append(marked(text.text())).append("</p>\n");
      case Block.Context context ->
          h.append("<p class=\"small\">").append(marked(context.text())).append("</p>\n");
      case Block.Divider divider -> h.append("<hr>\n");
      case Block.Choices choices -> {}
      case Block.Buttons buttons -> {}
      case Block.Form form -> {}
    }
  }

  /** Chat's {@code *bold*}, {@code _italic_} and {@code `code`} marks, and its line breaks. */
  static String marked(String text) {
    return Html.esc(text)
        .replaceAll("\\*([^*\\n]+)\\*", "<strong>$1</strong>")
        .replaceAll("(?<![\\w])_([^_\\n]+)_(?![\\w])", "<em>$1</em>")
        .replaceAll("`([^`\\n]+)`", "<code>$1</code>")
        .replace("\n", "<br>\n");
  }
}
