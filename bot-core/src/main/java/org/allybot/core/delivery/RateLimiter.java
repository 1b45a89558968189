package org.allybot.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.WorkspaceId;

/**
 * Shapes this instance's calls to the platforms: token buckets per workspace and operation, and per
 * conversation, that block the caller until a permit is free. After a 429 {@link #pause} holds
 * every caller for that workspace until {@code Retry-After} has passed.
 */
public final class RateLimiter {
  private static final int SWEEP_ABOVE = 10_000;
  private static final long SWEEP_EVERY = Duration.ofSeconds(1).toNanos();

  private final Map<Platform, RateLimits> limits = new EnumMap<>(Platform.class);
  private final Clock clock;
  private final Ticker ticker;
  private final Map<BucketKey, TokenBucket> buckets = new HashMap<>();
  private final Map<WorkspaceId, Long> pausedUntil = new HashMap<>();
  private long lastSweep;

  public RateLimiter(Map<Platform, RateLimits> limits, Clock clock, Ticker ticker) {
    for (Platform platform : Platform.values()) {
      this.limits.put(platform, limits.getOrDefault(platform, RateLimits.defaults(platform)));
    }
    this.clock = clock;
    this.ticker = ticker;
    this.lastSweep = ticker.nanoTime();
  }

  /** The given limits (the published defaults for platforms not in the map), in real time. */
  public RateLimiter(Map<Platform, RateLimits> limits) {
    this(limits, Clock.systemUTC(), Ticker.SYSTEM);
  }

  public static RateLimiter withDefaults() {
    return new RateLimiter(Map.of());
  }

  /** The time the limiter waits on, which the delivery worker also times its entries by. */
  Ticker ticker() {
    return ticker;
  }

  /** The wall clock of the limiter's owner, which also dates parked deliveries. */
  Clock clock() {
    return clock;
  }

  public RateLimits limitsFor(Platform platform) {
    return limits.get(platform);
  }

  /**
   * Waits for a permit to post to {@code to}: one for its workspace and one for the conversation.
   */
  public void acquireSend(Recipient to) throws InterruptedException {
    RateLimits rates = limits.get(to.workspace().platform());
    acquire(
        to.workspace(),
        new BucketKey(to.workspace(), Operation.POST, null),
        rates.postsPerSecond(),
        new BucketKey(to.workspace(), Operation.POST, to.conversationId()),
        rates.postsPerSecondPerConversation());
  }

  /** Waits for a permit to open a direct conversation in {@code workspace}. */
  public void acquireOpen(WorkspaceId workspace) throws InterruptedException {
    RateLimits rates = limits.get(workspace.platform());
    acquire(
        workspace,
        new BucketKey(workspace, Operation.OPEN, null),
        rates.opensPerSecond(),
        null,
        RateLimits.UNLIMITED);
  }

  /** Whether a post in {@code workspace} would have to wait now: its rate is used up, or paused. */
  public boolean mustWaitToPost(WorkspaceId workspace) {
    RateLimits rates = limits.get(workspace.platform());
    synchronized (buckets) {
      long now = ticker.nanoTime();
      TokenBucket bucket =
          bucket(new BucketKey(workspace, Operation.POST, null), rates.postsPerSecond(), now);
      return pauseLeft(workspace, now) > 0 || waitFor(bucket, now) > 0;
    }
  }

  /** Holds every caller for {@code workspace} for {@code duration} (a 429's Retry-After). */
  public void pause(WorkspaceId workspace, Duration duration) {
    synchronized (buckets) {
      long until = ticker.nanoTime() + Math.max(0, duration.toNanos());
      pausedUntil.merge(workspace, until, Math::max);
      buckets.forEach((key, bucket) -> {
        if (key.workspace().equals(workspace)) {
          bucket.holdUntil(until);
        }
      });
    }
  }

  /** Like {@link #pause}, until a wall-clock instant. */
  public void pauseUntil(WorkspaceId workspace, Instant until) {
    pause(workspace, Duration.between(clock.instant(), until));
  }

  /**
   * Takes a permit from both buckets at once, owing them if they are empty, and sleeps until it is
   * due: each caller wakes once, at its own turn, instead of every waiter waking for every permit.
   * A caller who wakes inside a pause gives its permits back and queues again after the pause.
   */
  private void acquire(
      WorkspaceId workspace, BucketKey first, double firstRate, BucketKey second, double secondRate)
      throws InterruptedException {
    while (true) {
      TokenBucket a = null;
      TokenBucket b = null;
      boolean reserved = false;
      long wait;
      synchronized (buckets) {
        long now = ticker.nanoTime();
        wait = pauseLeft(workspace, now);
        if (wait <= 0) {
          a = bucket(first, firstRate, now);
          b = second == null ? null : bucket(second, secondRate, now);
          wait = Math.max(waitFor(a, now), waitFor(b, now));
          take(a);
          take(b);
          sweep(now);
          if (wait <= 0) {
            return;
          }
          reserved = true;
        }
      }
      try {
        ticker.sleepNanos(wait);
      } catch (InterruptedException e) {
        if (reserved) {
          synchronized (buckets) {
            giveBack(a);
            giveBack(b);
          }
        }
        throw e;
      }
      if (reserved) {
        synchronized (buckets) {
          if (pauseLeft(workspace, ticker.nanoTime()) <= 0) {
            return;
          }
          giveBack(a);
          giveBack(b);
        }
      }
    }
  }

  private TokenBucket bucket(BucketKey key, double rate, long now) {
    if (Double.isInfinite(rate)) {
      return null;
    }
    RateLimits rates = limits.get(key.workspace().platform());
    TokenBucket bucket =
        buckets.computeIfAbsent(key, k -> new TokenBucket(rate, rates.capacity(rate), now));
    bucket.refill(now);
    return bucket;
  }

  private static long waitFor(TokenBucket bucket, long now) {
    return bucket == null ? 0 : bucket.nanosUntilPermit(now);
  }

  private static void take(TokenBucket bucket) {
    if (bucket != null) {
      bucket.take();
    }
  }

  private static void giveBack(TokenBucket bucket) {
    if (bucket != null) {
      bucket.giveBack();
    }
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

  private enum Operation {
    POST,
    OPEN
  }

  private record BucketKey(WorkspaceId workspace, Operation operation, String conversationId) {}
}
