package org.allybot.core.delivery;

import java.util.List;
import org.allybot.core.WorkspaceId;

/**
 * Remembers which deliveries were (or are being) posted, so an entry handed out twice never posts
 * twice, even when the first consumer crashed mid-send.
 */
public interface DeliveryLedger {
  /** Claims the delivery for sending; false if it was already claimed or sent. */
  boolean begin(WorkspaceId workspace, String deliveryId);

  /** Records that the platform accepted these deliveries, all in one write. */
  void markSent(List<Delivery> deliveries);

  /**
   * Gives a claim back when the send is known not to have happened (the sender is shutting down),
   * so a consumer that reclaims the entry may send it.
   */
  void release(WorkspaceId workspace, String deliveryId);
}
