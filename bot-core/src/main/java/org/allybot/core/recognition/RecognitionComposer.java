package org.allybot.core.recognition;

import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.MessageRef;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.language.Messages;

/**
 * Builds a recognition delivery at send time from the stored recognition, so a thanks forgotten or
 * a recipient opted out in the meantime sends nothing.
 */
public final class RecognitionComposer {
  private final CoreContext core;
  private final RecognitionStore store;

  public RecognitionComposer(CoreContext core) {
    this.core = core;
    this.store = core.recognition().store();
  }

  public Composed compose(Delivery d) {
    WorkspaceId ws = d.workspace();
    Optional<Recognition> found =
        store.find(ws, d.data().getOrDefault(RecognitionDeliveries.RECOGNITION, ""));
    if (found.isEmpty() || found.get().sense() == null) {
      return new Composed.Skip("recognition deleted");
    }
    Recognition r = found.get();
    if (RecognitionDeliveries.TO_CHANNEL.equals(d.data().get(RecognitionDeliveries.PART))) {
      return r.state() == Recognition.State.PUBLIC
          ? new Composed.Send(
              RecognitionMessages.channelPost(
                  Messages.in(core.languageOf().channel(ws, d.channelId())), r))
          : new Composed.Skip("recognition not shared");
    }
    UserRef recipient = new UserRef(ws, r.recipientId());
    boolean optedOut = core.members().find(recipient).map(m -> !m.optedIn()).orElse(false);
    if (optedOut) {
      return new Composed.Skip("member opted out");
    }
    return new Composed.Send(
        RecognitionMessages.toRecipient(
            core.languageOf().messages(recipient), r, store.channel(ws).orElse("")));
  }

  /** Keeps where a channel post landed, so that it can be taken down later. */
  public void sent(Delivery d, MessageRef ref) {
    if (RecognitionDeliveries.TO_CHANNEL.equals(d.data().get(RecognitionDeliveries.PART))
        && ref.messageId() != null
        && !ref.messageId().isEmpty()) {
      store.savePost(
          d.workspace(), d.data().getOrDefault(RecognitionDeliveries.RECOGNITION, ""), ref);
    }
  }
}
