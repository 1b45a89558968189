package org.allybot.core.recognition;

import static org.allybot.core.recognition.RecognitionTexts.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.content.Sense;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/** The messages recognition sends: the sense chooser, the recipient's note, the channel post. */
final class RecognitionMessages {
  private RecognitionMessages() {}

  /** Asks the giver to confirm the suggested sense, or to pick another. */
  static Message chooser(Recognition r, Optional<SenseSuggestion.Suggested> suggested) {
    List<Button> buttons = new ArrayList<>();
    suggested.ifPresent(s ->
        buttons.add(
            new Button(
                sendAs(s.sense()),
                ThanksActions.SENSE,
                ThanksActions.value(r.id(), s.sense().id()),
                Button.Style.PRIMARY)));
    for (Sense sense : Sense.values()) {
      if (suggested.map(s -> s.sense() != sense).orElse(true)) {
        buttons.add(
            Button.of(sense.title(), ThanksActions.SENSE, ThanksActions.value(r.id(), sense.id())));
      }
    }
    String question = suggested.map(s -> suggestion(s.sense(), s.because())).orElse(NO_SUGGESTION);
    return Message.of(
        "Which sense?",
        new Block.Text("Thanks to " + mention(r.recipientId()) + " for: " + r.what()),
        new Block.Text(question),
        new Block.Buttons(buttons));
  }

  /** The recipient's private note; with buttons when it waits for their yes to be shared. */
  static Message toRecipient(Recognition r, String channelId) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(RECEIVED_HEADER));
    blocks.add(new Block.Text(received(r.giverId(), r.what())));
    if (!r.quote().isEmpty()) {
      blocks.add(new Block.Text(quoted(r.quote())));
    }
    blocks.add(new Block.Text(senseLine(r.sense())));
    blocks.addAll(sharing(r, channelId));
    blocks.add(new Block.Context(SHARING_FOOTER));
    return new Message(receivedSummary(r.giverId()), blocks);
  }

  private static List<Block> sharing(Recognition r, String channelId) {
    if (r.awaitsConsent() && !channelId.isEmpty()) {
      return List.of(
          new Block.Text(askToShare(r.giverId(), channelId)),
          new Block.Buttons(
              List.of(
                  new Button(
                      SHARE,
                      ThanksActions.SHARE,
                      ThanksActions.value(r.id(), ThanksActions.YES),
                      Button.Style.PRIMARY),
                  Button.of(
                      ALWAYS_SHARE,
                      ThanksActions.SHARE,
                      ThanksActions.value(r.id(), ThanksActions.ALWAYS)),
                  Button.of(
                      KEEP_PRIVATE,
                      ThanksActions.SHARE,
                      ThanksActions.value(r.id(), ThanksActions.NO)))));
    }
    if (r.state() == Recognition.State.PUBLIC && !channelId.isEmpty()) {
      return List.of(
          new Block.Text(shared(channelId)),
          new Block.Buttons(
              List.of(
                  Button.of(
                      STOP_SHARING,
                      ThanksActions.WITHDRAW,
                      ThanksActions.value(r.id(), ThanksActions.FROM_NOTE)))));
    }
    if (r.state() == Recognition.State.WITHDRAWN) {
      return List.of(new Block.Text(withdrawn(channelId)));
    }
    if (r.state() == Recognition.State.KEPT_PRIVATE) {
      return List.of(new Block.Text(KEPT_PRIVATE));
    }
    return List.of();
  }

  /** The post in the recognition channel, once the recipient agreed. */
  static Message channelPost(Recognition r) {
    return Message.of(
        channelSummary(r.recipientId()),
        new Block.Text(channelPostText(r.giverId(), r.recipientId(), r.what())),
        new Block.Context(r.sense().title() + ": " + meaning(r.sense())));
  }
}
