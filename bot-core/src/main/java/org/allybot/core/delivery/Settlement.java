package org.allybot.core.delivery;

import java.time.Clock;
import java.util.List;
import org.allybot.core.MessageRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles a queue entry for good: records how it ended (sent, skipped or failed) and acknowledges
 * it. Logs carry delivery and workspace ids only.
 */
final class Settlement {
  private static final Logger log = LoggerFactory.getLogger(Settlement.class);
  private static final int MAX_REASON = 200;

  private final DeliveryStores stores;
  private final Clock clock;
  private final Ticker ticker;
  private final DeliveryObserver observer;

  Settlement(DeliveryStores stores, Clock clock, Ticker ticker, DeliveryObserver observer) {
    this.stores = stores;
    this.clock = clock;
    this.ticker = ticker;
    this.observer = observer;
  }

  /**
   * The platform accepted it: tell the composer, and leave the entry with {@code waiting} for
   * {@link #flush}. Nothing after this may cause a second send, so nothing throws.
   */
  void sent(QueuedDelivery entry, MessageRef ref, DeliveryComposer composer, SentEntries waiting) {
    Delivery delivery = entry.delivery();
    try {
      composer.sent(delivery, ref);
    } catch (RuntimeException e) {
      log.warn(
          "delivery {} sent but the composer failed after: {}", delivery.logName(), describe(e));
    }
    waiting.add(entry, ticker.nanoTime());
    observer.settled(delivery.workspace().platform(), DeliveryObserver.Outcome.SENT);
  }

  /**
   * Marks the waiting entries sent, tells the composer, and acknowledges them, one round trip each
   * for all. If marking fails, the ledger's claims still stop a second send of an entry handed out
   * again.
   */
  void flush(SentEntries waiting, DeliveryComposer composer) {
    List<QueuedDelivery> entries = waiting.takeAll();
    if (entries.isEmpty()) {
      return;
    }
    List<Delivery> deliveries = entries.stream().map(QueuedDelivery::delivery).toList();
    warnIfFails(() -> stores.ledger().markSent(deliveries), entries.size(), "marked");
    warnIfFails(() -> composer.sentAll(deliveries), entries.size(), "counted");
    // Left pending if this fails: they will be reclaimed, and the ledger settles them again.
    warnIfFails(() -> stores.queue().ackAll(entries), entries.size(), "acknowledged");
  }

  private static void warnIfFails(Runnable step, int entries, String undone) {
    try {
      step.run();
    } catch (RuntimeException e) {
      log.warn("{} deliveries sent but not {}: {}", entries, undone, describe(e));
    }
  }

  /** Someone claimed this delivery before: it was sent, or is being sent, elsewhere. */
  void duplicate(QueuedDelivery entry) {
    log.info("delivery {} already claimed; dropped", named(entry.delivery()));
    ack(entry);
    observer.settled(entry.delivery().workspace().platform(), DeliveryObserver.Outcome.DUPLICATE);
  }

  void skipped(QueuedDelivery entry, String reason) {
    park(entry, ParkedDelivery.Cause.SKIPPED, reason, 0);
    observer.settled(entry.delivery().workspace().platform(), DeliveryObserver.Outcome.SKIPPED);
    log.debug("delivery {} skipped", named(entry.delivery()));
  }

  void failed(QueuedDelivery entry, String reason, int attempts) {
    park(entry, ParkedDelivery.Cause.FAILED, reason, attempts);
    observer.settled(entry.delivery().workspace().platform(), DeliveryObserver.Outcome.FAILED);
    String name = named(entry.delivery());
    log.info("delivery {} parked after {} attempts: {}", name, attempts, shorten(reason));
  }

  private void park(QueuedDelivery entry, ParkedDelivery.Cause cause, String reason, int attempts) {
    Delivery d = entry.delivery();
    ParkedDelivery parked =
        new ParkedDelivery(
            d.workspace(), d.id(), d.kind(), cause, shorten(reason), attempts, clock.instant());
    stores.parked().park(parked);
    ack(entry);
  }

  private void ack(QueuedDelivery entry) {
    try {
      stores.queue().ack(entry);
    } catch (RuntimeException e) {
      // Left pending: it will be reclaimed, and the ledger or composer settles it again.
      log.warn(
          "delivery {} settled but not acknowledged: {}", entry.delivery().logName(), describe(e));
    }
  }

  /** How log lines name a delivery: its {@link Delivery#logName} and its workspace, ids only. */
  static String named(Delivery delivery) {
    return delivery.logName() + " in " + delivery.workspace().key();
  }

  private static String shorten(String reason) {
    String text = reason == null || reason.isBlank() ? "unknown" : reason.strip();
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
  }

  /**
   * An exception's type and where it was thrown, without its message: messages from code we do not
   * own may carry names or text.
   */
  static String describe(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return e.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
  }
}
