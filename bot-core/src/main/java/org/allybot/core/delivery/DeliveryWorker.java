package org.allybot.core.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.allybot.core.ChatPlatform;
import org.allybot.core.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's share of the sending: sender threads that read the delivery queue (and reclaim
 * what crashed consumers left), then compose, rate-limit, send and acknowledge each entry. An entry
 * for a workspace whose rate is used up goes to that workspace's {@link WorkspaceLanes lane}, so
 * one busy workspace does not hold up the others. Every instance runs one; together they share the
 * queue.
 */
public final class DeliveryWorker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
  private static final Duration AFTER_QUEUE_ERROR = Duration.ofSeconds(1);

  private final DeliveryQueue queue;
  private final DeliveryObserver observer;
  private final DeliverySettings settings;
  private final DeliverySender sender;
  private final WorkspaceLanes lanes;
  private final Ticker ticker;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicInteger inFlight = new AtomicInteger();
  private final List<Thread> threads = new ArrayList<>();
  private boolean started;

  /** {@code platforms} holds the adapter of each platform that is on. */
  public DeliveryWorker(
      DeliveryStores stores,
      DeliveryComposer composer,
      Map<Platform, ChatPlatform> platforms,
      RateLimiter limiter,
      DeliverySettings settings) {
    this(stores, composer, platforms, limiter, settings, DeliveryObserver.NONE);
  }

  /** As above, telling {@code observer} how deliveries end and what is reclaimed. */
  public DeliveryWorker(
      DeliveryStores stores,
      DeliveryComposer composer,
      Map<Platform, ChatPlatform> platforms,
      RateLimiter limiter,
      DeliverySettings settings,
      DeliveryObserver observer) {
    this.observer = observer;
    this.queue = stores.queue();
    this.settings = settings;
    this.ticker = limiter.ticker();
    this.sender =
        new DeliverySender(
            stores, composer, Map.copyOf(platforms), limiter, settings, closed, observer);
    this.lanes =
        new WorkspaceLanes(sender, queue, limiter, settings, closed, inFlight::decrementAndGet);
  }

  /** Starts the sender threads; once only. */
  public synchronized void start() {
    if (closed.getCount() == 0) {
      throw new IllegalStateException("delivery worker already closed");
    }
    if (started) {
      return;
    }
    started = true;
    for (int i = 0; i < settings.senders(); i++) {
      String consumer = settings.consumerName(i);
      Thread thread =
          Thread.ofPlatform()
              .name("delivery-sender-" + consumer)
              .daemon(true)
              .unstarted(() -> run(consumer));
      threads.add(thread);
      thread.start();
    }
    log.info("delivery worker {} started {} senders", settings.instanceName(), settings.senders());
  }

  /**
   * Waits until nothing is left to send: no entry pending in the queue and none in this worker's
   * hands. True if that happened within {@code timeout}.
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inFlight.get() > 0 || queue.pending() > 0) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /**
   * Stops reading, lets entries in hand finish (a retry waiting to happen is left for another
   * consumer), and waits for the threads up to the close grace, then interrupts them. What is left
   * pending is handed over, so the other instances reclaim it at their next look.
   */
  @Override
  public void close() {
    List<Thread> running;
    synchronized (this) {
      if (closed.getCount() == 0) {
        return;
      }
      closed.countDown();
      running = List.copyOf(threads);
    }
    long deadline = System.nanoTime() + settings.closeGrace().toNanos();
    try {
      for (Thread thread : running) {
        thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      }
      running = new ArrayList<>(running);
      running.addAll(lanes.threads()); // no sender sets anything aside any more
      for (Thread thread : running) {
        thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      }
      for (Thread thread : running) {
        if (thread.isAlive()) {
          thread.interrupt();
          thread.join(AFTER_QUEUE_ERROR);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.info(
        "delivery worker {} stopped; {} entries left for the other instances",
        settings.instanceName(),
        handOver());
  }

  /** Makes what this worker still holds reclaimable at once, rather than after the idle time. */
  private int handOver() {
    int left = 0;
    try {
      for (int i = 0; i < settings.senders(); i++) {
        left += queue.handOver(settings.consumerName(i), settings.reclaimIdle());
      }
    } catch (RuntimeException e) {
      log.warn(
          "delivery worker {} cannot hand its entries over; they are reclaimed after {}: {}",
          settings.instanceName(),
          settings.reclaimIdle(),
          Settlement.describe(e));
    }
    return left;
  }

  private void run(String consumer) {
    long lastReclaim = System.nanoTime() - settings.reclaimEvery().toNanos();
    while (closed.getCount() > 0) {
      List<QueuedDelivery> batch;
      try {
        batch = List.of();
        if (System.nanoTime() - lastReclaim >= settings.reclaimEvery().toNanos()) {
          lastReclaim = System.nanoTime();
          batch = queue.reclaim(consumer, settings.reclaimIdle(), settings.batchSize());
          if (!batch.isEmpty()) {
            observer.reclaimed(batch.size());
          }
          if (batch.size() == settings.batchSize()) {
            // A crashed instance may have held thousands (its lanes): look again after this batch.
            lastReclaim -= settings.reclaimEvery().toNanos();
          }
        }
        if (batch.isEmpty()) {
          batch = queue.read(consumer, settings.batchSize(), settings.blockFor());
        }
      } catch (RuntimeException e) {
        log.warn("delivery sender {} cannot read the queue: {}", consumer, Settlement.describe(e));
        if (waitOrClosed(AFTER_QUEUE_ERROR)) {
          return;
        }
        continue;
      }
      sendAll(batch, consumer);
    }
  }

  private void sendAll(List<QueuedDelivery> batch, String consumer) {
    if (batch.isEmpty()) {
      return;
    }
    inFlight.addAndGet(batch.size());
    long readAt = ticker.nanoTime();
    List<QueuedDelivery> own = batch;
    try {
      // Entries of workspaces that must wait go to their lanes; this thread sends the rest.
      own = lanes.keepOthers(batch, consumer, readAt);
      if (!own.isEmpty()) {
        sender.processAll(own, consumer, readAt);
      }
    } catch (RuntimeException e) {
      // Each entry's own failures are handled inside; this is the batch's preparation or flush.
      log.warn("delivery batch of {} not settled: {}", own.size(), Settlement.describe(e));
    } finally {
      inFlight.addAndGet(-own.size()); // the lanes count down the entries they took
    }
  }

  private boolean waitOrClosed(Duration wait) {
    try {
      return closed.await(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
