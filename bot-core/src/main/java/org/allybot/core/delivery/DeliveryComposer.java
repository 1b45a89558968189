package org.allybot.core.delivery;

import org.allybot.core.MessageRef;

/** Builds the message for a delivery at send time, and hears when it was sent. */
public interface DeliveryComposer {
  Composed compose(Delivery delivery);

  /** Called once after the platform accepted the message. */
  void sent(Delivery delivery, MessageRef ref);
}
