package org.allybot.core.delivery;

import java.util.List;
import java.util.Optional;
import org.allybot.core.WorkspaceId;

/**
 * Remembers which deliveries were (or are being) posted, so an entry handed out twice never posts
 * twice, even when the first consumer crashed mid-send. A claim is an opaque token ({@link
 * SendClaims#token}) that says when the send began.
 */
public interface DeliveryLedger {
  /** What the ledger holds for a delivery that was {@link #markSent marked sent}. */
  String SENT = "sent";

  /**
   * Claims the delivery for sending with {@code token}: empty if it is now this sender's, else what
   * the ledger holds ({@link #SENT}, or the token of an earlier claim).
   */
  Optional<String> claim(WorkspaceId workspace, String deliveryId, String token);

  /**
   * Replaces the claim {@code expected} with {@code token} in one step; false if the ledger holds
   * anything else by now (another sender took it over, or it was marked sent).
   */
  boolean takeOver(WorkspaceId workspace, String deliveryId, String expected, String token);

  /** Claims the delivery with a token of unknown time; true if it is now the caller's. */
  default boolean begin(WorkspaceId workspace, String deliveryId) {
    return claim(workspace, deliveryId, SendClaims.UNTIMED).isEmpty();
  }

  /** Records that the platform accepted these deliveries, all in one write. */
  void markSent(List<Delivery> deliveries);

  /**
   * Gives a claim back when the send is known not to have happened (the sender is shutting down),
   * so a consumer that reclaims the entry may send it.
   */
  void release(WorkspaceId workspace, String deliveryId);
}
