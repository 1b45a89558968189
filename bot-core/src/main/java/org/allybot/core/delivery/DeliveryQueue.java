package org.allybot.core.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The shared work queue of deliveries. Several consumers (sender threads, on several instances)
 * read from it; an entry stays pending until acknowledged, and the entries of a consumer that
 * crashed can be reclaimed by another.
 */
public interface DeliveryQueue {
  /** Adds a delivery and returns its entry id. */
  String enqueue(Delivery delivery);

  /** Adds many deliveries in one round trip. */
  void enqueueAll(List<Delivery> deliveries);

  /**
   * Up to {@code max} entries no consumer has seen yet, now owned by {@code consumer}. Waits up to
   * {@code blockFor} when there are none. Malformed entries are dropped (acknowledged), never
   * returned.
   */
  List<QueuedDelivery> read(String consumer, int max, Duration blockFor);

  /** Takes over up to {@code max} entries that another consumer has held for {@code minIdle}. */
  List<QueuedDelivery> reclaim(String consumer, Duration minIdle, int max);

  /**
   * Tells the queue {@code consumer} is still working on the entries, so they are not reclaimed, in
   * one round trip.
   */
  void touchAll(String consumer, List<QueuedDelivery> entries);

  /**
   * Hands every entry {@code consumer} still holds to the next consumer that reclaims entries idle
   * for {@code idle} or less: a consumer that stops cleanly need not wait out the idle time it
   * would leave behind had it crashed. The entries stay pending, and the ledger still lets each be
   * sent once. Returns how many were handed on.
   */
  int handOver(String consumer, Duration idle);

  /** Done with the entry, sent or not: it is never handed out again. */
  default void ack(QueuedDelivery entry) {
    ackAll(List.of(entry));
  }

  /** {@link #ack} for many entries in one round trip. */
  void ackAll(List<QueuedDelivery> entries);

  /** How many entries were enqueued and not yet acknowledged, read or not. */
  long pending();

  /**
   * How long the oldest entry not yet acknowledged has waited, by the store's own clock, if any.
   */
  Optional<Duration> oldestAge();
}
