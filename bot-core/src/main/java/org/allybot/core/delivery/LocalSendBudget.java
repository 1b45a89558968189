package org.allybot.core.delivery;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.WorkspaceId;

/**
 * The send budget of one process, on its {@link Ticker}: for tests, the shell, and a single
 * instance. Every instance of a scaled-out server shares the Redis one instead.
 */
public final class LocalSendBudget implements SendBudget {
  private static final int SWEEP_ABOVE = 10_000;
  private static final long SWEEP_EVERY = Duration.ofSeconds(1).toNanos();

  private final Ticker ticker;
  private final Map<BucketKey, TokenBucket> buckets = new HashMap<>();
  private final Map<WorkspaceId, Long> pausedUntil = new HashMap<>();
  private long lastSweep;

  public LocalSendBudget(Ticker ticker) {
    this.ticker = ticker;
    this.lastSweep = ticker.nanoTime();
  }

  @Override
  public synchronized Grant take(WorkspaceId workspace, List<Bucket> wanted) {
    long now = ticker.nanoTime();
    long paused = pauseLeft(workspace, now);
    if (paused > 0) {
      return new Grant(false, paused);
    }
    long wait = 0;
    for (Bucket b : wanted) {
      TokenBucket bucket = bucket(workspace, b, now);
      wait = Math.max(wait, bucket.nanosUntilPermit(now));
    }
    for (Bucket b : wanted) {
      buckets.get(new BucketKey(workspace, b.name())).take();
    }
    sweep(now);
    return new Grant(true, wait);
  }

  @Override
  public synchronized Grant settle(WorkspaceId workspace, List<Bucket> held) {
    long paused = pauseLeft(workspace, ticker.nanoTime());
    if (paused <= 0) {
      return Grant.NOW;
    }
    giveBack(workspace, held);
    return new Grant(false, paused);
  }

  @Override
  public synchronized long waitFor(WorkspaceId workspace, Bucket wanted) {
    long now = ticker.nanoTime();
    long paused = pauseLeft(workspace, now);
    return paused > 0 ? paused : bucket(workspace, wanted, now).nanosUntilPermit(now);
  }

  @Override
  public synchronized void giveBack(WorkspaceId workspace, List<Bucket> held) {
    for (Bucket b : held) {
      TokenBucket bucket = buckets.get(new BucketKey(workspace, b.name()));
      if (bucket != null) {
        bucket.giveBack();
      }
    }
  }

  @Override
  public synchronized void pause(WorkspaceId workspace, Duration duration) {
    long until = ticker.nanoTime() + Math.max(0, duration.toNanos());
    pausedUntil.merge(workspace, until, Math::max);
    buckets.forEach((key, bucket) -> {
      if (key.workspace().equals(workspace)) {
        bucket.holdUntil(until);
      }
    });
  }

  private TokenBucket bucket(WorkspaceId workspace, Bucket b, long now) {
    TokenBucket bucket =
        buckets.computeIfAbsent(
            new BucketKey(workspace, b.name()),
            k -> new TokenBucket(b.perSecond(), b.capacity(), now));
    bucket.refill(now);
    return bucket;
  }

  private long pauseLeft(WorkspaceId workspace, long now) {
    Long until = pausedUntil.get(workspace);
    if (until == null) {
      return 0;
    }
    if (until - now <= 0) {
      pausedUntil.remove(workspace);
      return 0;
    }
    return until - now;
  }

  /** Drops idle, full buckets so one bucket per conversation ever used does not pile up. */
  private void sweep(long now) {
    if (buckets.size() <= SWEEP_ABOVE || now - lastSweep < SWEEP_EVERY) {
      return;
    }
    lastSweep = now;
    buckets
        .values()
        .removeIf(bucket -> {
          bucket.refill(now);
          return bucket.isFull();
        });
  }

  private record BucketKey(WorkspaceId workspace, String name) {}
}
