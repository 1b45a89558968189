package org.allybot.core.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.ChatPlatform;
import org.allybot.core.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's share of the sending: reader threads, one queue consumer each, that read the
 * delivery queue (and reclaim what crashed consumers left) into {@link WorkspaceQueues}, which
 * sends each workspace's entries on threads of its own. Every instance runs one; together they
 * share the queue.
 */
public final class DeliveryWorker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
  private static final Duration AFTER_QUEUE_ERROR = Duration.ofSeconds(1);
  private static final int TOUCH_CHUNK = 1_000;

  /**
   * A read takes up to this many sending batches. While a fire of many workspaces is read in, the
   * readers share the CPU with every workspace's senders: a few large reads get each workspace's
   * first entries into its queue sooner than many small ones (WorkspacesBench, 1,000 workspaces:
   * the median first post 0.5 s after its fire against 2.5 s at one batch a read).
   */
  static final int READ_BATCHES = 25;

  private final DeliveryQueue queue;
  private final DeliveryObserver observer;
  private final DeliverySettings settings;
  private final WorkspaceQueues workspaces;
  private final Closing closing = new Closing();
  private final List<Thread> readers = new ArrayList<>();
  private boolean started;

  /** {@code platforms}: each adapter that is on; {@code observer} hears how deliveries end. */
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
    DeliverySender sender =
        new DeliverySender(
            stores, composer, Map.copyOf(platforms), limiter, settings, closing, observer);
    this.workspaces = new WorkspaceQueues(sender, limiter, settings);
  }

  /** Starts the reader threads; once only. */
  public synchronized void start() {
    if (closing.hasBegun()) {
      throw new IllegalStateException("delivery worker already closed");
    }
    if (started) {
      return;
    }
    started = true;
    for (int i = 0; i < settings.senders(); i++) {
      String consumer = settings.consumerName(i);
      readers.add(
          Thread.ofPlatform()
              .name("delivery-reader-" + consumer)
              .daemon(true)
              .start(() -> run(consumer)));
    }
    log.info("delivery worker {} started {} readers", settings.instanceName(), settings.senders());
  }

  /** True once nothing is left to send, in the queue or in this worker's hands, within timeout. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (workspaces.held() > 0 || queue.pending() > 0) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /** The live threads that send, each for one workspace: for tests that step time for them. */
  List<Thread> sendingThreads() {
    return workspaces.threads();
  }

  /**
   * Stops reading and starting sends at once, lets entries in hand finish (a retry waiting to
   * happen is left for another consumer), and waits for the threads up to the close grace, then
   * interrupts them. What is left pending is handed over, so the other instances reclaim it at
   * their next look.
   */
  @Override
  public void close() {
    if (!closing.begin()) {
      return;
    }
    workspaces.close();
    long deadline = System.nanoTime() + settings.closeGrace().toNanos();
    List<Thread> running = new ArrayList<>(readers);
    running.addAll(workspaces.threads());
    try {
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

  /**
   * One consumer: reads or reclaims while there is room, and keeps what it read claimed. Its timing
   * is the real clock's, as the queue's idle times are.
   */
  private void run(String consumer) {
    long lastReclaim = System.nanoTime() - settings.reclaimEvery().toNanos();
    long touchEvery = settings.touchEvery().toNanos();
    try {
      while (!closing.hasBegun()) {
        try {
          touchHeld(consumer, System.nanoTime() - touchEvery);
          if (!workspaces.awaitRoom(settings.blockFor())) {
            continue;
          }
          List<QueuedDelivery> batch = List.of();
          if (System.nanoTime() - lastReclaim >= settings.reclaimEvery().toNanos()) {
            lastReclaim = System.nanoTime();
            batch = queue.reclaim(consumer, settings.reclaimIdle(), settings.batchSize());
            if (!batch.isEmpty()) {
              observer.reclaimed(batch.size());
            }
            if (batch.size() == settings.batchSize()) {
              // A crashed instance may have held thousands: look again after this batch.
              lastReclaim -= settings.reclaimEvery().toNanos();
            }
          }
          if (batch.isEmpty()) {
            batch = queue.read(consumer, READ_BATCHES * settings.batchSize(), settings.blockFor());
          }
          workspaces.add(batch, consumer);
        } catch (RuntimeException e) {
          log.warn(
              "delivery reader {} cannot read the queue: {}", consumer, Settlement.describe(e));
          if (closing.awaitBegun(AFTER_QUEUE_ERROR.toNanos())) {
            return;
          }
        }
      }
    } catch (InterruptedException e) {
      // interrupted on close: the reader ends
    }
  }

  /**
   * Touches what this consumer holds and last kept before {@code touchedBefore}, a thousand to a
   * round trip: each turn of the reader touches what came due since the last, as evenly as it
   * reads.
   */
  private void touchHeld(String consumer, long touchedBefore) {
    List<QueuedDelivery> due;
    do {
      due = workspaces.dueForTouch(consumer, touchedBefore, TOUCH_CHUNK);
      if (!due.isEmpty()) {
        queue.touchAll(consumer, due);
      }
    } while (due.size() == TOUCH_CHUNK);
  }
}
