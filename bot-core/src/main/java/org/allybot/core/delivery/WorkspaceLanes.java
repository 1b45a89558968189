package org.allybot.core.delivery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.allybot.core.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entries of workspaces whose send rate is used up, set aside so that the sender threads move on to
 * other workspaces' entries instead of all waiting on one workspace's limit. Each such workspace
 * gets a lane: its entries in the order they were read, sent through the same {@link
 * DeliverySender} by as many threads of its own as the worker has senders, so that its rate is
 * still used in full. A lane ends when it is empty.
 *
 * <p>Entries in a lane stay pending in the queue under the consumer that read them, touched every
 * third of the reclaim idle time so that no consumer reclaims them (were one reclaimed all the
 * same, the ledger would still let it be sent once). On close, entries not yet begun are left
 * pending for a live consumer, as the rest of a sender's batch is.
 */
final class WorkspaceLanes {
  /** At most this many entries are set aside; beyond, senders wait on the limit as before. */
  static final int MAX_HELD = 10_000;

  private static final Logger log = LoggerFactory.getLogger(WorkspaceLanes.class);

  /** An entry waiting in a lane, with the consumer that read it. */
  private record Held(QueuedDelivery entry, String consumer, long readAt) {}

  /** One workspace's waiting entries and how many threads send them. */
  private static final class Lane {
    final ArrayDeque<Held> waiting = new ArrayDeque<>();
    int threads;
  }

  private final DeliverySender sender;
  private final DeliveryQueue queue;
  private final RateLimiter limiter;
  private final DeliverySettings settings;
  private final CountDownLatch closed;
  private final Runnable done;
  private final Map<WorkspaceId, Lane> lanes = new HashMap<>();
  private final List<Thread> threads = new ArrayList<>();
  private int held;
  private Thread toucher;

  /** {@code done} runs once for each entry set aside, when the lane is done with it. */
  WorkspaceLanes(
      DeliverySender sender,
      DeliveryQueue queue,
      RateLimiter limiter,
      DeliverySettings settings,
      CountDownLatch closed,
      Runnable done) {
    this.sender = sender;
    this.queue = queue;
    this.limiter = limiter;
    this.settings = settings;
    this.closed = closed;
    this.done = done;
  }

  /**
   * Takes into their workspaces' lanes the entries of workspaces that have a lane already or no
   * send permit free now, and returns the others, which the caller sends itself.
   */
  synchronized List<QueuedDelivery> keepOthers(
      List<QueuedDelivery> batch, String consumer, long readAt) {
    List<QueuedDelivery> others = new ArrayList<>(batch.size());
    Set<WorkspaceId> free = new HashSet<>(); // asked once per batch: the budget may be in Redis
    for (QueuedDelivery entry : batch) {
      if (!setAside(entry, consumer, readAt, free)) {
        others.add(entry);
      }
    }
    return others;
  }

  private boolean setAside(
      QueuedDelivery entry, String consumer, long readAt, Set<WorkspaceId> free) {
    WorkspaceId workspace = entry.delivery().workspace();
    Lane lane = lanes.get(workspace);
    if (held >= MAX_HELD
        || closed.getCount() == 0
        || (lane == null && (free.contains(workspace) || !limiter.mustWaitToPost(workspace)))) {
      free.add(workspace);
      return false;
    }
    if (lane == null) {
      lane = new Lane();
      lanes.put(workspace, lane);
    }
    lane.waiting.addLast(new Held(entry, consumer, readAt));
    held++;
    if (lane.threads < settings.senders()) {
      lane.threads++;
      start("delivery-lane-" + workspace.key(), laneLoop(workspace, lane));
    }
    if (toucher == null) {
      toucher = start("delivery-lane-toucher", this::touchWaiting);
    }
    return true;
  }

  /** The live threads of the lanes, to wait for on close. */
  synchronized List<Thread> threads() {
    threads.removeIf(t -> !t.isAlive());
    return List.copyOf(threads);
  }

  private Thread start(String name, Runnable body) {
    threads.removeIf(t -> !t.isAlive()); // lanes come and go; keep only the live ones
    Thread thread = Thread.ofPlatform().name(name).daemon(true).unstarted(body);
    threads.add(thread);
    thread.start();
    return thread;
  }

  private Runnable laneLoop(WorkspaceId workspace, Lane lane) {
    return () -> {
      while (true) {
        List<Held> next = new ArrayList<>();
        synchronized (this) {
          // A batch of the lane's oldest entries that one consumer read, sent as senders send.
          while (next.size() < settings.batchSize()
              && !lane.waiting.isEmpty()
              && (next.isEmpty()
                  || lane.waiting.peekFirst().consumer().equals(next.get(0).consumer()))) {
            next.add(lane.waiting.pollFirst());
          }
          if (next.isEmpty()) {
            lane.threads--;
            if (lane.threads == 0) {
              lanes.remove(workspace);
            }
            return;
          }
        }
        try {
          // Once closing, what is left stays pending and is reclaimed by a live consumer.
          if (closed.getCount() > 0 && !Thread.currentThread().isInterrupted()) {
            sender.processAll(
                next.stream().map(Held::entry).toList(),
                next.get(0).consumer(),
                next.get(0).readAt());
          }
        } catch (RuntimeException e) {
          log.warn(
              "delivery batch of {} in {} not settled: {}",
              next.size(),
              workspace.key(),
              Settlement.describe(e));
        } finally {
          synchronized (this) {
            held -= next.size();
          }
          next.forEach(h -> done.run());
        }
      }
    };
  }

  /** Keeps entries waiting in lanes claimed, until closing. */
  private void touchWaiting() {
    long every = settings.reclaimIdle().toNanos() / 3;
    try {
      while (!closed.await(every, TimeUnit.NANOSECONDS)) {
        Map<String, List<QueuedDelivery>> waiting = new HashMap<>();
        synchronized (this) {
          lanes.values().stream()
              .flatMap(lane -> lane.waiting.stream())
              .forEach(h ->
                  waiting.computeIfAbsent(h.consumer(), c -> new ArrayList<>()).add(h.entry()));
        }
        try {
          waiting.forEach(queue::touchAll);
        } catch (RuntimeException e) {
          log.warn("delivery lanes cannot touch their entries: {}", Settlement.describe(e));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
