package org.allybot.core.delivery;

import java.util.Objects;

/** The state the delivery engine keeps outside the instance, bundled for wiring. */
public record DeliveryStores(
    DeliveryQueue queue,
    DeliveryLedger ledger,
    ParkedDeliveries parked,
    DirectChannels directChannels) {
  public DeliveryStores {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(parked, "parked");
    Objects.requireNonNull(directChannels, "directChannels");
  }
}
