package org.allybot.core.xapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's share of the xAPI export: threads that read the statement queue in batches
 * (reclaiming what stopped consumers left) and settle each batch with the LRS. A batch stays
 * pending until the LRS takes it, so an LRS that is down, slow or rate-limiting only delays it;
 * every instance runs one, and the queue hands each statement to one of them.
 */
public final class StatementForwarder implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StatementForwarder.class);
  private static final Duration AFTER_QUEUE_ERROR = Duration.ofSeconds(1);

  private final StatementQueue queue;
  private final ForwardingSettings settings;
  private final BatchDelivery delivery;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicInteger inHand = new AtomicInteger();
  private final List<Thread> threads = new ArrayList<>();
  private boolean started;

  public StatementForwarder(StatementQueue queue, Lrs lrs, ForwardingSettings settings) {
    this.queue = queue;
    this.settings = settings;
    this.delivery = new BatchDelivery(queue, lrs, settings, this::closedWithin);
  }

  /** Starts the sender threads; once only. */
  public synchronized void start() {
    if (closed.getCount() == 0) {
      throw new IllegalStateException("xAPI forwarder already closed");
    }
    if (started) {
      return;
    }
    started = true;
    for (int i = 0; i < settings.senders(); i++) {
      String consumer = settings.consumerName(i);
      Thread thread =
          Thread.ofPlatform().name("xapi-" + consumer).daemon(true).unstarted(() -> run(consumer));
      threads.add(thread);
      thread.start();
    }
  }

  public XapiBacklog backlog() {
    return new XapiBacklog(queue.waiting(), queue.setAsideCount());
  }

  /** Statements this instance has had accepted since it started. */
  public long sent() {
    return delivery.sent();
  }

  /** True once nothing waits and nothing is in hand, within {@code timeout}. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inHand.get() > 0 || queue.waiting() > 0) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  /** Stops reading; a batch waiting to be retried stays pending for whoever reclaims it. */
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
        if (thread.isAlive()) {
          thread.interrupt();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run(String consumer) {
    long lastReclaim = System.nanoTime() - settings.reclaimEvery().toNanos();
    while (closed.getCount() > 0) {
      List<QueuedStatement> batch = List.of();
      try {
        if (System.nanoTime() - lastReclaim >= settings.reclaimEvery().toNanos()) {
          lastReclaim = System.nanoTime();
          batch = queue.reclaim(consumer, settings.reclaimIdle(), settings.batchSize());
        }
        if (batch.isEmpty()) {
          batch = queue.read(consumer, settings.batchSize(), settings.blockFor());
        }
      } catch (RuntimeException e) {
        log.warn("xAPI forwarder {} cannot read the queue: {}", consumer, e.getClass().getName());
        closedWithin(AFTER_QUEUE_ERROR);
        continue;
      }
      forward(consumer, batch);
    }
  }

  private void forward(String consumer, List<QueuedStatement> batch) {
    if (batch.isEmpty()) {
      return;
    }
    inHand.addAndGet(batch.size());
    try {
      delivery.deliver(consumer, batch);
    } catch (RuntimeException e) {
      // The queue failed while settling: the entries stay pending and are reclaimed later.
      log.warn("xAPI batch of {} not settled: {}", batch.size(), e.getClass().getName());
      closedWithin(AFTER_QUEUE_ERROR);
    } finally {
      inHand.addAndGet(-batch.size());
    }
  }

  private boolean closedWithin(Duration wait) {
    try {
      return closed.await(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
