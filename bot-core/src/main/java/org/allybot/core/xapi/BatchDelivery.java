package org.allybot.core.xapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles one batch with the LRS: sends it, waits and sends it again while the LRS cannot take it,
 * and, when the LRS refuses it, halves it until the refused statements stand alone and sets those
 * aside. Logs entry ids, statuses and exception types only: never a statement or a response body.
 */
final class BatchDelivery {
  private static final Logger log = LoggerFactory.getLogger(BatchDelivery.class);
  private static final int CONFLICT = 409;

  /** Waits {@code wait}, unless the forwarder is closing: then true at once. */
  interface Waits {
    boolean closedWithin(Duration wait);
  }

  private final StatementQueue queue;
  private final Lrs lrs;
  private final ForwardingSettings settings;
  private final Waits waits;
  private final AtomicLong sent = new AtomicLong();

  BatchDelivery(StatementQueue queue, Lrs lrs, ForwardingSettings settings, Waits waits) {
    this.queue = queue;
    this.lrs = lrs;
    this.settings = settings;
    this.waits = waits;
  }

  /** Statements this instance has had accepted. */
  long sent() {
    return sent.get();
  }

  /** Settles the batch; returns early, leaving its entries pending, only when closing. */
  void deliver(String consumer, List<QueuedStatement> batch) {
    List<QueuedStatement> unique = new ArrayList<>();
    List<QueuedStatement> repeats = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (QueuedStatement entry : batch) {
      (ids.add(entry.statement().id()) ? unique : repeats).add(entry);
    }
    // An LRS refuses a whole batch that holds one id twice; the repeat is the same statement.
    if (!repeats.isEmpty()) {
      queue.ack(repeats);
    }
    settle(consumer, unique);
  }

  private void settle(String consumer, List<QueuedStatement> batch) {
    Backoff backoff = new Backoff(settings.firstBackoff(), settings.maxBackoff());
    while (true) {
      LrsOutcome outcome = lrs.send(batch.stream().map(QueuedStatement::statement).toList());
      switch (outcome) {
        case LrsOutcome.Accepted accepted -> {
          queue.ack(batch);
          sent.addAndGet(batch.size());
          return;
        }
        case LrsOutcome.Refused refused -> {
          refused(consumer, batch, refused.status());
          return;
        }
        case LrsOutcome.RetryLater later -> {
          Duration wait =
              later
                  .retryAfter()
                  .map(asked -> backoff.honour(asked, settings.maxRetryAfter()))
                  .orElseGet(backoff::next);
          log.warn(
              "xAPI: the LRS did not take a batch of {} ({}); retrying in {} ms",
              batch.size(),
              later.reason(),
              wait.toMillis());
          if (!hold(consumer, batch, wait)) {
            return;
          }
        }
      }
    }
  }

  private void refused(String consumer, List<QueuedStatement> batch, int status) {
    if (batch.size() > 1) {
      int half = batch.size() / 2;
      settle(consumer, List.copyOf(batch.subList(0, half)));
      settle(consumer, List.copyOf(batch.subList(half, batch.size())));
      return;
    }
    if (status == CONFLICT) {
      // Ids are derived from the event, so the LRS already holds this statement: a resend.
      queue.ack(batch);
      return;
    }
    queue.setAside(batch, status);
    log.warn(
        "xAPI: the LRS refused statement entry {} with {}; set aside",
        batch.getFirst().entryId(),
        status);
  }

  /** Waits before a retry, touching the batch so no other consumer reclaims it meanwhile. */
  private boolean hold(String consumer, List<QueuedStatement> batch, Duration wait) {
    Duration left = wait;
    do {
      try {
        queue.touch(consumer, batch);
      } catch (RuntimeException e) {
        log.warn("xAPI: cannot touch a waiting batch: {}", e.getClass().getName());
      }
      Duration step = left.compareTo(settings.touchEvery()) < 0 ? left : settings.touchEvery();
      if (waits.closedWithin(step)) {
        return false;
      }
      left = left.minus(step);
    } while (left.isPositive());
    return true;
  }
}
