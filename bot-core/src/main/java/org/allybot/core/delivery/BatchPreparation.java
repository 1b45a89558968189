package org.allybot.core.delivery;

import java.util.List;
import java.util.Map;
import org.allybot.core.ChatPlatform;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does for a whole batch at once what each entry needs before its send: composing, and looking up
 * the stored conversations of its members. What fails here is left undone, and each entry then does
 * it alone, with the sender's retries.
 */
final class BatchPreparation {
  private static final Logger log = LoggerFactory.getLogger(BatchPreparation.class);

  private final DeliveryStores stores;
  private final DeliveryComposer composer;
  private final Map<Platform, ChatPlatform> platforms;

  BatchPreparation(
      DeliveryStores stores, DeliveryComposer composer, Map<Platform, ChatPlatform> platforms) {
    this.stores = stores;
    this.composer = composer;
    this.platforms = platforms;
  }

  /** One attempt per entry, in order; entries for a platform that is off are left alone. */
  List<Attempt> prepare(List<QueuedDelivery> batch) {
    List<Attempt> attempts = batch.stream().map(Attempt::new).toList();
    List<Attempt> sendable =
        attempts.stream()
            .filter(a -> platforms.containsKey(a.entry.delivery().workspace().platform()))
            .toList();
    if (!sendable.isEmpty()) {
      compose(sendable);
      lookUpConversations(sendable);
    }
    return attempts;
  }

  private void compose(List<Attempt> attempts) {
    try {
      List<Composed> composed =
          composer.composeAll(attempts.stream().map(a -> a.entry.delivery()).toList());
      for (int i = 0; i < attempts.size(); i++) {
        attempts.get(i).composed = composed.get(i);
      }
    } catch (RuntimeException e) {
      log.warn("batch not composed together, so one by one: {}", Settlement.describe(e));
    }
  }

  private void lookUpConversations(List<Attempt> attempts) {
    List<Attempt> direct =
        attempts.stream()
            .filter(a -> a.entry.delivery().isDirect() && a.composed instanceof Composed.Send)
            .toList();
    if (direct.isEmpty()) {
      return;
    }
    try {
      long lookedUpAt = System.nanoTime();
      Map<UserRef, Recipient> known =
          stores.directChannels().known(direct.stream().map(BatchPreparation::user).toList());
      for (Attempt attempt : direct) {
        attempt.recipient = known.get(user(attempt));
        attempt.knownToHaveNone = attempt.recipient == null;
        attempt.lookedUpAt = lookedUpAt;
      }
    } catch (RuntimeException e) {
      log.warn("conversations not looked up together, so one by one: {}", Settlement.describe(e));
    }
  }

  private static UserRef user(Attempt attempt) {
    Delivery d = attempt.entry.delivery();
    return new UserRef(d.workspace(), d.userId());
  }
}
