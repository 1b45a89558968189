package org.allybot.core.delivery;

import java.util.List;
import org.allybot.core.MessageRef;

/** Builds the message for a delivery at send time, and hears when it was sent. */
public interface DeliveryComposer {
  Composed compose(Delivery delivery);

  /**
   * {@link #compose} for a whole batch, in order, so what its deliveries share is read once. If it
   * throws, the sender composes them one by one instead.
   */
  default List<Composed> composeAll(List<Delivery> batch) {
    return batch.stream().map(this::compose).toList();
  }

  /** Called once after the platform accepted the message. */
  void sent(Delivery delivery, MessageRef ref);

  /**
   * Called with the deliveries of a batch once they are marked sent, so that what is counted per
   * delivery costs one round trip per batch. A failure is logged; the deliveries stay sent.
   */
  default void sentAll(List<Delivery> sent) {}
}
