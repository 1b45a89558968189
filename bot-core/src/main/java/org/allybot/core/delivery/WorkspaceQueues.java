package org.allybot.core.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.allybot.core.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every entry this instance has read and not yet settled, in one queue per workspace, oldest first.
 * Each workspace with entries has threads of its own, as many as its post limit needs ({@link
 * #POSTS_PER_SENDER}), each sending a batch of its entries at a time through the {@link
 * DeliverySender}. A thread waits for its own workspace's permits only, so a slow workspace holds
 * up no other; the readers never send, so they keep reading while every workspace waits for its
 * rate. The threads are platform threads: virtual ones doubled the CPU per delivery (FanOutBench,
 * 0.95 ms against 0.49), in the carriers' parking and waking around every paced wait. A thread ends
 * when its workspace's queue is empty.
 *
 * <p>Entries held here stay pending in the queue under the consumer that read them; that reader
 * touches them ({@link #dueForTouch}) until they are settled, in a sender's hands too (waiting for
 * a permit, a back-off or a 429's pause), so that no consumer reclaims them. Once closed, what has
 * not begun stays pending for another consumer, and senders finish only the entry in their hands.
 */
final class WorkspaceQueues {
  /**
   * At most this many entries are held; the readers wait for room beyond. A held entry takes well
   * under a kilobyte, and a thousand workspaces of a hundred members must all be in hand at once
   * for each to start at its fire rather than behind the others.
   */
  static final int MAX_HELD = 100_000;

  /**
   * How many posts a second one sending thread keeps up with: a post's platform call may take half
   * a second. A workspace gets as many threads as its post limit needs by that count, from one up
   * to {@link #MAX_SENDERS} (Slack's 8 a second, four; Teams' 50, sixteen): a slow workspace then
   * composes only the batch it is sending, and a thousand of them fired together start without
   * waiting behind four batches each.
   */
  static final double POSTS_PER_SENDER = 2;

  /**
   * The most threads one workspace sends on. Each is mostly asleep, waiting for a permit or for the
   * platform. With calls of 200 ms at 50 a second (FanOutBench {@code --members 1000 --rate 50
   * --latency-ms 200}, floor 20 s), sixteen sent all in 24.3 s, where four took 52.7 s.
   */
  static final int MAX_SENDERS = 16;

  private static final Logger log = LoggerFactory.getLogger(WorkspaceQueues.class);

  /**
   * An entry waiting to be sent, and when its reader last kept it claimed in the queue ({@code
   * touchedAt}, on the real clock the queue's idle times use). Guarded by the queues' lock.
   */
  private static final class Held {
    final QueuedDelivery entry;
    long touchedAt = System.nanoTime();
    boolean settled;

    Held(QueuedDelivery entry) {
      this.entry = entry;
    }
  }

  /** One workspace's waiting entries and how many threads send them. */
  private static final class Line {
    final ArrayDeque<Held> waiting = new ArrayDeque<>();
    int senders;
  }

  private final DeliverySender sender;
  private final RateLimiter limiter;
  private final int batchSize;
  private final Map<WorkspaceId, Line> lines = new HashMap<>();
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  private final Map<String, ArrayDeque<Held>> byLastTouch = new HashMap<>();
  private int held;
  private boolean closed;

  WorkspaceQueues(DeliverySender sender, RateLimiter limiter, DeliverySettings settings) {
    this.sender = sender;
    this.limiter = limiter;
    this.batchSize = settings.batchSize();
  }

  /** Takes the entries {@code consumer} read, each into its workspace's queue. */
  synchronized void add(List<QueuedDelivery> batch, String consumer) {
    if (closed) {
      return; // left pending, for another consumer
    }
    for (QueuedDelivery entry : batch) {
      WorkspaceId workspace = entry.delivery().workspace();
      Line line = lines.computeIfAbsent(workspace, w -> new Line());
      Held h = new Held(entry);
      line.waiting.addLast(h);
      byLastTouch.computeIfAbsent(consumer, c -> new ArrayDeque<>()).addLast(h);
      held++;
      // Another thread once there is a batch for it, up to the workspace's share.
      if (line.senders < sendersFor(workspace)
          && line.waiting.size() > (long) line.senders * batchSize) {
        line.senders++;
        Thread thread =
            Thread.ofPlatform()
                .daemon(true)
                .name("delivery-" + workspace.key())
                .unstarted(() -> sendAll(workspace, line));
        threads.add(thread);
        thread.start();
      }
    }
  }

  private int sendersFor(WorkspaceId workspace) {
    double rate = limiter.limitsFor(workspace.platform()).postsPerSecond();
    return (int) Math.min(MAX_SENDERS, Math.max(1, Math.ceil(rate / POSTS_PER_SENDER)));
  }

  /** Waits up to {@code timeout} for room to read more; true if there is room. */
  synchronized boolean awaitRoom(Duration timeout) throws InterruptedException {
    if (held >= MAX_HELD && !closed) {
      wait(Math.max(1, timeout.toMillis())); // woken early as sends end
    }
    return held < MAX_HELD && !closed;
  }

  /** How many entries are held: waiting, or in a sender's hands. */
  synchronized int held() {
    return held;
  }

  /**
   * Up to {@code max} entries {@code consumer} read that are still held (in a sender's hands too,
   * which may wait out a long 429 pause) and were last kept before {@code touchedBefore}, oldest
   * first, now counted as kept. Asking often for a few spreads the touching out, where touching all
   * at once stalled Redis for the senders.
   */
  synchronized List<QueuedDelivery> dueForTouch(String consumer, long touchedBefore, int max) {
    List<QueuedDelivery> due = new ArrayList<>();
    ArrayDeque<Held> order = byLastTouch.getOrDefault(consumer, new ArrayDeque<>());
    long now = System.nanoTime();
    while (due.size() < max && !order.isEmpty()) {
      Held oldest = order.peekFirst();
      if (!oldest.settled && oldest.touchedAt - touchedBefore >= 0) {
        break;
      }
      order.pollFirst();
      if (!oldest.settled) {
        due.add(oldest.entry);
        oldest.touchedAt = now;
        order.addLast(oldest);
      }
    }
    return due;
  }

  /** Starts no more sends: what waits stays pending in the queue. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }

  /** The live sending threads, to wait for on close. */
  List<Thread> threads() {
    return List.copyOf(threads);
  }

  private void sendAll(WorkspaceId workspace, Line line) {
    try {
      for (List<Held> next = next(workspace, line); !next.isEmpty(); next = next(workspace, line)) {
        send(workspace, next);
      }
    } finally {
      threads.remove(Thread.currentThread());
    }
  }

  /**
   * The line's oldest entries, up to a batch; empty (and this thread is no longer one of the line's
   * senders) when there are none, or when closed.
   */
  private synchronized List<Held> next(WorkspaceId workspace, Line line) {
    List<Held> next = new ArrayList<>();
    while (!closed && next.size() < batchSize && !line.waiting.isEmpty()) {
      next.add(line.waiting.pollFirst());
    }
    if (next.isEmpty()) {
      line.senders--;
      if (closed) {
        release(line.waiting); // left pending, for another consumer
        line.waiting.clear();
      }
      if (line.senders == 0 && line.waiting.isEmpty()) {
        lines.remove(workspace);
      }
    }
    return next;
  }

  private void send(WorkspaceId workspace, List<Held> batch) {
    try {
      sender.processAll(batch.stream().map(h -> h.entry).toList());
    } catch (RuntimeException e) {
      // Each entry's own failures are handled inside; this is the batch's preparation or flush.
      log.warn(
          "delivery batch of {} in {} not settled: {}",
          batch.size(),
          workspace.key(),
          Settlement.describe(e));
    } finally {
      release(batch);
    }
  }

  /** No longer held: settled, or left pending in the queue. Makes room for the readers. */
  private synchronized void release(Collection<Held> entries) {
    entries.forEach(h -> h.settled = true);
    held -= entries.size();
    notifyAll();
  }
}
