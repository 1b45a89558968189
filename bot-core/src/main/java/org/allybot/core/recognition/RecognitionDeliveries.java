package org.allybot.core.recognition;

import java.util.Map;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.Outbox;

/**
 * Queues recognition's messages on the delivery queue. Each delivery's id names the recognition and
 * its destination, so a retry or a repeated step never posts it twice.
 */
final class RecognitionDeliveries {
  static final String RECOGNITION = "recognition";
  static final String PART = "part";
  static final String TO_RECIPIENT = "recipient";
  static final String TO_CHANNEL = "channel";

  private final Outbox outbox;

  RecognitionDeliveries(Outbox outbox) {
    this.outbox = outbox;
  }

  void toRecipient(WorkspaceId ws, Recognition r) {
    outbox.enqueue(
        Delivery.toMember(
            id(ws, r, TO_RECIPIENT),
            ws,
            r.recipientId(),
            Delivery.Kind.RECOGNITION,
            Map.of(RECOGNITION, r.id(), PART, TO_RECIPIENT)));
  }

  void toChannel(WorkspaceId ws, Recognition r, String channelId) {
    outbox.enqueue(
        Delivery.toChannel(
            id(ws, r, TO_CHANNEL),
            ws,
            channelId,
            Delivery.Kind.RECOGNITION,
            Map.of(RECOGNITION, r.id(), PART, TO_CHANNEL)));
  }

  private static String id(WorkspaceId ws, Recognition r, String part) {
    return "thanks|" + ws.key() + "|" + r.id() + "|" + part;
  }
}
