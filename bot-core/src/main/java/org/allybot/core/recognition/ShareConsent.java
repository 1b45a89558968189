package org.allybot.core.recognition;

import java.util.Optional;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Reply;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Message;

/**
 * The recipient's answer to "may this be shared?": yes posts it to the recognition channel once,
 * "always" also becomes their standing preference, no keeps it private. A second click, or a click
 * on an answered question, shows the answer already given and changes nothing.
 */
final class ShareConsent {
  private final RecognitionStore store;
  private final RecognitionDeliveries deliveries;
  private final LanguageOf languageOf;

  ShareConsent(RecognitionStore store, RecognitionDeliveries deliveries, LanguageOf languageOf) {
    this.store = store;
    this.deliveries = deliveries;
    this.languageOf = languageOf;
  }

  Reply answer(UserRef recipient, String id, String answer) {
    WorkspaceId ws = recipient.workspace();
    Messages say = languageOf.messages(recipient);
    Optional<Recognition> found = store.find(ws, id);
    if (found.isEmpty()) {
      return Reply.text(say.text("recognition.gone"));
    }
    Recognition r = found.get();
    if (!r.recipientId().equals(recipient.userId())) {
      return Reply.text(say.text("recognition.not-yours"));
    }
    String channel = store.channel(ws).orElse("");
    if (!r.awaitsConsent() || !store.claim(ws, id, "share")) {
      return current(say, ws, id, channel);
    }
    if (answer.equals(ThanksActions.ALWAYS)) {
      store.setPreference(recipient, SharingPreference.ALWAYS);
    }
    boolean share =
        !channel.isEmpty()
            && (answer.equals(ThanksActions.YES) || answer.equals(ThanksActions.ALWAYS));
    Recognition answered =
        r.withState(share ? Recognition.State.PUBLIC : Recognition.State.KEPT_PRIVATE);
    store.save(ws, answered);
    if (share) {
      deliveries.toChannel(ws, answered, channel);
    }
    return Reply.replacing(RecognitionMessages.toRecipient(say, answered, channel));
  }

  /** The recipient's note as it stands, in place of the one they clicked. */
  private Reply current(Messages say, WorkspaceId ws, String id, String channel) {
    return store
        .find(ws, id)
        .map(r -> Reply.replacing(RecognitionMessages.toRecipient(say, r, channel)))
        .orElseGet(() -> Reply.replacing(Message.text(say.text("recognition.gone"))));
  }
}
