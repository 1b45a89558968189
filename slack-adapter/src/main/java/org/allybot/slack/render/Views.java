package org.allybot.slack.render;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.RadioButtonsElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.UsersSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/**
 * Renders surfaces other than messages: a core form as a modal (one input block per field, its
 * block id the field id), a message as a read-only modal, and the member's home as the App Home.
 */
public final class Views {
  public static final int VIEW_BLOCKS = 100;
  static final int TITLE_LIMIT = 24;
  static final int INPUT_LIMIT = 3000;
  static final int OPTION_LIMIT = 75;

  private Views() {}

  /** The form as a modal; {@code metadata} comes back with the submission. */
  public static View modal(Block.Form form, String metadata) {
    Messages say = Messages.in(Language.ofTag(form.language()).orElse(Language.EN));
    List<LayoutBlock> blocks = new ArrayList<>();
    for (Block.Field field : form.fields()) {
      blocks.add(
          InputBlock.builder()
              .blockId(field.id())
              .label(BlockKit.plain(TextChunks.shorten(field.label(), 2000)))
              .optional(!field.required())
              .element(element(field, say))
              .build());
    }
    return View.builder()
        .type("modal")
        .callbackId(form.formId())
        .title(title(form.title()))
        .submit(submit(form.submitLabel()))
        .close(close(say.text("form.cancel")))
        .privateMetadata(metadata)
        .blocks(fit(blocks, say))
        .build();
  }

  /** A message shown in a modal with only a close button, its frame in {@code say}'s language. */
  public static View notice(Messages say, String title, Message message) {
    return View.builder()
        .type("modal")
        .callbackId("allybot.notice")
        .title(title(title))
        .close(close(say.text("slack.notice.close")))
        .blocks(fit(BlockKit.blocks(message), say))
        .build();
  }

  /** The App Home tab showing {@code home}. */
  public static View home(Message home) {
    return View.builder()
        .type("home")
        .callbackId("allybot.home")
        .blocks(fit(BlockKit.blocks(home), Messages.english()))
        .build();
  }

  private static BlockElement element(Block.Field field, Messages say) {
    return switch (field.type()) {
      case SHORT_TEXT, LONG_TEXT ->
          PlainTextInputElement.builder()
              .actionId(field.id())
              .multiline(field.type() == Block.FieldType.LONG_TEXT)
              .maxLength(
                  Math.min(INPUT_LIMIT, field.maxLength() > 0 ? field.maxLength() : INPUT_LIMIT))
              .initialValue(
                  field.initial() == null || field.initial().isEmpty() ? null : field.initial())
              .build();
      case CHOICE -> {
        List<OptionObject> options = field.choices().stream().map(Views::option).toList();
        yield StaticSelectElement.builder()
            .actionId(field.id())
            .placeholder(BlockKit.plain(say.text("form.choose")))
            .options(options)
            .initialOption(initial(options, field.initial()))
            .build();
      }
      case PERSON ->
          UsersSelectElement.builder()
              .actionId(field.id())
              .placeholder(BlockKit.plain(say.text("form.choose-person")))
              .initialUser(
                  field.initial() == null || field.initial().isEmpty() ? null : field.initial())
              .build();
      case YES_NO -> {
        List<OptionObject> options =
            List.of(option("yes", say.text("form.yes")), option("no", say.text("form.no")));
        yield RadioButtonsElement.builder()
            .actionId(field.id())
            .options(options)
            .initialOption(initial(options, field.initial()))
            .build();
      }
    };
  }

  private static OptionObject initial(List<OptionObject> options, String initial) {
    return options.stream().filter(o -> o.getValue().equals(initial)).findFirst().orElse(null);
  }

  private static OptionObject option(String value) {
    return option(value, value);
  }

  private static OptionObject option(String value, String label) {
    return OptionObject.builder()
        .value(value)
        .text(BlockKit.plain(TextChunks.shorten(label, OPTION_LIMIT)))
        .build();
  }

  /**
   * At most 100 blocks; what does not fit is named in a last line rather than dropped silently.
   * (The home has no language here: the core keeps it well under 100 blocks, see HomeView.)
   */
  private static List<LayoutBlock> fit(List<LayoutBlock> blocks, Messages say) {
    if (blocks.size() <= VIEW_BLOCKS) {
      return blocks;
    }
    List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, VIEW_BLOCKS - 1));
    kept.add(
        ContextBlock.builder()
            .elements(
                List.of(
                    BlockKit.markdown(
                        say.text("slack.view.more", "count", blocks.size() - VIEW_BLOCKS + 1))))
            .build());
    return kept;
  }

  private static ViewTitle title(String text) {
    return ViewTitle.builder()
        .type("plain_text")
        .text(TextChunks.shorten(text, TITLE_LIMIT))
        .emoji(true)
        .build();
  }

  private static ViewSubmit submit(String text) {
    return ViewSubmit.builder()
        .type("plain_text")
        .text(TextChunks.shorten(text, TITLE_LIMIT))
        .build();
  }

  private static ViewClose close(String text) {
    return ViewClose.builder().type("plain_text").text(text).build();
  }
}
