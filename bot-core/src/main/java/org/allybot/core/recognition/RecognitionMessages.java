package org.allybot.core.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.content.Sense;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SenseNames;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/**
 * The messages recognition sends: the sense chooser (in the giver's language), the recipient's note
 * (in theirs), the channel post (in the channel's).
 */
final class RecognitionMessages {
  private RecognitionMessages() {}

  /** What a sense means, said beside it. */
  static String meaning(Messages say, Sense sense) {
    return say.text("recognition.meaning." + sense.id());
  }

  static String senseLine(Messages say, Sense sense) {
    return say.text(
        "recognition.sense-line",
        "sense",
        SenseNames.of(say, sense),
        "meaning",
        meaning(say, sense));
  }

  /** Asks the giver to confirm the suggested sense, or to pick another. */
  static Message chooser(
      Messages say, Recognition r, Optional<SenseSuggestion.Suggested> suggested) {
    List<Button> buttons = new ArrayList<>();
    suggested.ifPresent(s ->
        buttons.add(
            new Button(
                say.text("recognition.send-as", "sense", SenseNames.of(say, s.sense())),
                ThanksActions.SENSE,
                ThanksActions.value(r.id(), s.sense().id()),
                Button.Style.PRIMARY)));
    for (Sense sense : Sense.values()) {
      if (suggested.map(s -> s.sense() != sense).orElse(true)) {
        buttons.add(
            Button.of(
                SenseNames.of(say, sense),
                ThanksActions.SENSE,
                ThanksActions.value(r.id(), sense.id())));
      }
    }
    String question =
        suggested
            .map(s -> suggestion(say, s))
            .orElseGet(() -> say.text("recognition.no-suggestion"));
    return Message.of(
        say.text("recognition.chooser.summary"),
        new Block.Text(
            say.text("recognition.chooser.thanks", "recipient", r.recipientId(), "what", r.what())),
        new Block.Text(question),
        new Block.Buttons(buttons));
  }

  private static String suggestion(Messages say, SenseSuggestion.Suggested s) {
    String because =
        String.join(", ", s.because().stream().map(w -> "\"" + w.strip() + "\"").toList());
    return say.text(
        "recognition.suggestion", "sense", SenseNames.of(say, s.sense()), "because", because);
  }

  /** The recipient's private note; with buttons when it waits for their yes to be shared. */
  static Message toRecipient(Messages say, Recognition r, String channelId) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(say.text("recognition.received.header")));
    blocks.add(
        new Block.Text(say.text("recognition.received", "giver", r.giverId(), "what", r.what())));
    if (!r.quote().isEmpty()) {
      blocks.add(
          new Block.Text(say.text("recognition.quoted", "quote", r.quote().replace("\n", " "))));
    }
    blocks.add(new Block.Text(senseLine(say, r.sense())));
    blocks.addAll(sharing(say, r, channelId));
    blocks.add(new Block.Context(say.text("recognition.sharing-footer")));
    return new Message(say.text("recognition.received.summary", "giver", r.giverId()), blocks);
  }

  private static List<Block> sharing(Messages say, Recognition r, String channelId) {
    if (r.awaitsConsent() && !channelId.isEmpty()) {
      return List.of(
          new Block.Text(
              say.text("recognition.ask-to-share", "giver", r.giverId(), "channel", channelId)),
          new Block.Buttons(
              List.of(
                  new Button(
                      say.text("recognition.share"),
                      ThanksActions.SHARE,
                      ThanksActions.value(r.id(), ThanksActions.YES),
                      Button.Style.PRIMARY),
                  Button.of(
                      say.text("recognition.always-share"),
                      ThanksActions.SHARE,
                      ThanksActions.value(r.id(), ThanksActions.ALWAYS)),
                  Button.of(
                      say.text("recognition.keep-private"),
                      ThanksActions.SHARE,
                      ThanksActions.value(r.id(), ThanksActions.NO)))));
    }
    if (r.state() == Recognition.State.PUBLIC && !channelId.isEmpty()) {
      return List.of(
          new Block.Text(say.text("recognition.shared", "channel", channelId)),
          new Block.Buttons(
              List.of(
                  Button.of(
                      say.text("recognition.stop-sharing"),
                      ThanksActions.WITHDRAW,
                      ThanksActions.value(r.id(), ThanksActions.FROM_NOTE)))));
    }
    if (r.state() == Recognition.State.WITHDRAWN) {
      return List.of(new Block.Text(withdrawn(say, channelId)));
    }
    if (r.state() == Recognition.State.KEPT_PRIVATE) {
      return List.of(new Block.Text(say.text("recognition.kept-private")));
    }
    return List.of();
  }

  static String withdrawn(Messages say, String channelId) {
    return say.text("recognition.withdrawn", "channel", channelId.isEmpty() ? "none" : channelId);
  }

  /** The post in the recognition channel, once the recipient agreed. */
  static Message channelPost(Messages say, Recognition r) {
    return Message.of(
        say.text("recognition.channel-post.summary", "recipient", r.recipientId()),
        new Block.Text(
            say.text(
                "recognition.channel-post",
                "giver",
                r.giverId(),
                "recipient",
                r.recipientId(),
                "what",
                r.what())),
        new Block.Context(
            say.text(
                "recognition.channel-post.sense",
                "sense",
                SenseNames.of(say, r.sense()),
                "meaning",
                meaning(say, r.sense()))));
  }
}
