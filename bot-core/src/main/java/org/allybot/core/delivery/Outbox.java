package org.allybot.core.delivery;

import java.util.List;

/** Where the core puts deliveries to be sent by the delivery workers. */
@FunctionalInterface
public interface Outbox {
  void enqueue(Delivery delivery);

  /** Queues many at once; a queue that can should do it in one round trip. */
  default void enqueueAll(List<Delivery> deliveries) {
    deliveries.forEach(this::enqueue);
  }

  /** The queue itself as the outbox, so {@link #enqueueAll} is one round trip. */
  static Outbox of(DeliveryQueue queue) {
    return new Outbox() {
      @Override
      public void enqueue(Delivery delivery) {
        queue.enqueue(delivery);
      }

      @Override
      public void enqueueAll(List<Delivery> deliveries) {
        queue.enqueueAll(deliveries);
      }
    };
  }
}
