package org.allybot.core.delivery;

/** Where the core puts deliveries to be sent by the delivery workers. */
@FunctionalInterface
public interface Outbox {
  void enqueue(Delivery delivery);
}
