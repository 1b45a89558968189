package org.allybot.core.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.allybot.core.MessageRef;
import org.allybot.core.message.Message;

/**
 * A composer whose message summary is the delivery id, that skips the ids it is told to, can throw
 * on the next calls, and records what was reported sent.
 */
final class RecordingComposer implements DeliveryComposer {
  private final Map<String, String> skips = new ConcurrentHashMap<>();
  private final AtomicInteger failures = new AtomicInteger();
  private final List<String> sent = new ArrayList<>();

  RecordingComposer skip(String deliveryId, String reason) {
    skips.put(deliveryId, reason);
    return this;
  }

  RecordingComposer failNext(int count) {
    failures.set(count);
    return this;
  }

  @Override
  public Composed compose(Delivery delivery) {
    if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IllegalStateException("composer broke");
    }
    String reason = skips.get(delivery.id());
    return reason != null
        ? new Composed.Skip(reason)
        : new Composed.Send(Message.text(delivery.id()));
  }

  @Override
  public synchronized void sent(Delivery delivery, MessageRef ref) {
    sent.add(delivery.id());
  }

  synchronized List<String> sentIds() {
    return List.copyOf(sent);
  }
}
