package org.allybot.core.delivery;

import java.time.Instant;
import java.util.Objects;
import org.allybot.core.WorkspaceId;

/**
 * A delivery that was not sent and will not be retried, with why, for admins to review. It holds
 * ids and reasons only: never the message text.
 */
public record ParkedDelivery(
    WorkspaceId workspace,
    String deliveryId,
    Delivery.Kind kind,
    Cause cause,
    String reason,
    int attempts,
    Instant at) {
  public ParkedDelivery {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(at, "at");
    reason = reason == null ? "" : reason;
  }

  /** Whether the platform refused it or the composer decided not to send it. */
  public enum Cause {
    /** A permanent failure, too many transient failures, or too many 429s. */
    FAILED,
    /** The composer skipped it: the member opted out, is paused or left. */
    SKIPPED
  }
}
