package org.allybot.core.delivery;

import java.util.Objects;

/** A delivery taken from the queue, with the queue's id for it so it can be acknowledged. */
public record QueuedDelivery(String entryId, Delivery delivery) {
  public QueuedDelivery {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(delivery, "delivery");
  }
}
