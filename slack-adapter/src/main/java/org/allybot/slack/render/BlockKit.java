package org.allybot.slack.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/**
 * Renders the core's {@link Message} as Block Kit within Slack's limits: sections of at most 3,000
 * characters (longer text is split into several, at word breaks), headers of 150, button labels of
 * 75, 25 buttons per actions block, 50 blocks per message.
 */
public final class BlockKit {
  public static final int SECTION_LIMIT = 3000;
  public static final int HEADER_LIMIT = 150;
  public static final int LABEL_LIMIT = 75;
  public static final int BUTTONS_PER_BLOCK = 25;
  public static final int BLOCKS_PER_MESSAGE = 50;
  static final String CHOSEN = "✓ ";

  private BlockKit() {}

  /** Every block of the message, in order, however many. */
  public static List<LayoutBlock> blocks(Message message) {
    List<LayoutBlock> out = new ArrayList<>();
    int[] index = {0};
    for (Block block : message.blocks()) {
      switch (block) {
        case Block.Header h -> header(h.text(), out);
        case Block.Text t -> sections(TextChunks.escape(t.text()), out);
        case Block.Context c -> {
          for (String part : TextChunks.split(TextChunks.escape(c.text()), SECTION_LIMIT)) {
            out.add(ContextBlock.builder().elements(List.of(markdown(part))).build());
          }
        }
        case Block.Divider d -> out.add(DividerBlock.builder().build());
        case Block.Choices c -> choices(c, index, out);
        case Block.Buttons row -> buttons(row.buttons(), index, out);
        case Block.Form f -> sections("*" + TextChunks.escape(f.title()) + "*", out);
      }
    }
    return out;
  }

  /** The message as one or more Slack messages of at most 50 blocks each. */
  public static List<List<LayoutBlock>> messages(Message message) {
    List<LayoutBlock> all = blocks(message);
    List<List<LayoutBlock>> parts = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BLOCKS_PER_MESSAGE) {
      parts.add(all.subList(i, Math.min(all.size(), i + BLOCKS_PER_MESSAGE)));
    }
    if (parts.isEmpty()) {
      parts.add(List.of());
    }
    return parts;
  }

  /** The notification and fallback text of a message: its summary, escaped and kept short. */
  public static String fallback(Message message) {
    return TextChunks.escape(TextChunks.shorten(message.summary(), SECTION_LIMIT));
  }

  private static void header(String text, List<LayoutBlock> out) {
    if (text.strip().length() <= HEADER_LIMIT) {
      out.add(HeaderBlock.builder().text(plain(text.strip())).build());
    } else {
      sections("*" + TextChunks.escape(text.strip()) + "*", out);
    }
  }

  private static void sections(String mrkdwn, List<LayoutBlock> out) {
    for (String part : TextChunks.split(mrkdwn, SECTION_LIMIT)) {
      if (!part.isEmpty()) {
        out.add(SectionBlock.builder().text(markdown(part)).build());
      }
    }
  }

  /**
   * A poll: a row of buttons when every option fits a label, otherwise one section per option with
   * the whole option as text and a short "Choose" button in the poll's language, so no option is
   * ever cut.
   */
  private static void choices(Block.Choices c, int[] index, List<LayoutBlock> out) {
    boolean fits = c.options().stream().allMatch(b -> (CHOSEN + b.label()).length() <= LABEL_LIMIT);
    if (fits) {
      List<Button> marked =
          c.options().stream()
              .map(b ->
                  b.value().equals(c.chosenValue())
                      ? new Button(CHOSEN + b.label(), b.action(), b.value(), Button.Style.PRIMARY)
                      : b)
              .toList();
      buttons(marked, index, out);
      return;
    }
    Messages say = Messages.in(Language.ofTag(c.language()).orElse(Language.EN));
    for (Button b : c.options()) {
      boolean chosen = b.value().equals(c.chosenValue());
      String text = TextChunks.escape(b.label());
      for (String part :
          TextChunks.split(chosen ? CHOSEN + "*" + text + "*" : text, SECTION_LIMIT)) {
        out.add(SectionBlock.builder().text(markdown(part)).build());
      }
      SectionBlock last = (SectionBlock) out.getLast();
      last.setAccessory(
          button(
              new Button(
                  say.text(chosen ? "form.chosen" : "form.choose"),
                  b.action(),
                  b.value(),
                  chosen ? Button.Style.PRIMARY : Button.Style.DEFAULT),
              index[0]++));
    }
  }

  private static void buttons(List<Button> buttons, int[] index, List<LayoutBlock> out) {
    for (int i = 0; i < buttons.size(); i += BUTTONS_PER_BLOCK) {
      List<BlockElement> elements = new ArrayList<>();
      for (Button b : buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_BLOCK))) {
        elements.add(button(b, index[0]++));
      }
      out.add(ActionsBlock.builder().elements(elements).build());
    }
  }

  static ButtonElement button(Button b, int index) {
    ButtonElement.ButtonElementBuilder button =
        ButtonElement.builder()
            .text(plain(TextChunks.shorten(b.label(), LABEL_LIMIT)))
            .actionId(ActionIds.encode(index, b.action()))
            .value(b.value());
    return switch (b.style()) {
      case PRIMARY -> button.style("primary").build();
      case DANGER -> button.style("danger").build();
      case DEFAULT -> button.build();
    };
  }

  static PlainTextObject plain(String text) {
    return PlainTextObject.builder().text(text).emoji(true).build();
  }

  static MarkdownTextObject markdown(String text) {
    return MarkdownTextObject.builder().text(text).build();
  }
}
