package org.allybot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.PriorSend;
import org.allybot.core.Recipient;

/**
 * Each delivery's mark in Slack: the message metadata its posts carry ({@code event_type} {@value
 * #EVENT_TYPE}, the delivery's key in the payload), and the look through {@code
 * conversations.history} (with {@code include_all_metadata}) that finds it again after a sender
 * died mid-send. Reading a DM's or channel's history takes the {@code im:history}, {@code
 * channels:history} or {@code groups:history} scope the app already has.
 */
final class DeliveryMarks {
  static final String EVENT_TYPE = "allybot_delivery";
  static final String KEY = "key";

  /** A page of history; a member's DM rarely gets more than a few messages a minute. */
  static final int PAGE = 200;

  /** Pages looked through at most; beyond, the look answers that it cannot tell. */
  static final int MAX_PAGES = 5;

  private DeliveryMarks() {}

  /** The metadata a delivery's post carries. */
  static Message.Metadata metadata(String deliveryKey) {
    return new Message.Metadata(EVENT_TYPE, Map.of(KEY, deliveryKey));
  }

  /** Looks for a message marked {@code deliveryKey} in {@code to} since {@code since}. */
  static PriorSend find(MethodsClient methods, Recipient to, String deliveryKey, Instant since)
      throws DeliveryException {
    if (to.inThread()) {
      return PriorSend.UNKNOWN; // deliveries post to a DM or a channel, never into a thread
    }
    String oldest =
        new BigDecimal(since.getEpochSecond())
            .add(BigDecimal.valueOf(since.getNano(), 9))
            .max(BigDecimal.ZERO)
            .toPlainString();
    String cursor = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String from = cursor;
      ConversationsHistoryResponse r;
      try {
        r =
            SlackFailures.call(() ->
                methods.conversationsHistory(req ->
                    req.channel(to.conversationId())
                        .oldest(oldest)
                        .limit(PAGE)
                        .cursor(from)
                        .includeAllMetadata(true)));
      } catch (DeliveryException.Permanent e) {
        return PriorSend.UNKNOWN; // a scope or channel Slack refuses: no way to tell
      }
      for (Message m : r.getMessages() == null ? java.util.List.<Message>of() : r.getMessages()) {
        if (marked(m, deliveryKey)) {
          return new PriorSend.Found(
              new MessageRef(to.workspace(), to.conversationId(), m.getTs()));
        }
      }
      cursor = r.getResponseMetadata() == null ? null : r.getResponseMetadata().getNextCursor();
      if (!r.isHasMore() || cursor == null || cursor.isEmpty()) {
        return PriorSend.NOT_FOUND;
      }
    }
    return PriorSend.UNKNOWN;
  }

  private static boolean marked(Message message, String deliveryKey) {
    Message.Metadata metadata = message.getMetadata();
    return metadata != null
        && EVENT_TYPE.equals(metadata.getEventType())
        && metadata.getEventPayload() != null
        && deliveryKey.equals(String.valueOf(metadata.getEventPayload().get(KEY)));
  }
}
