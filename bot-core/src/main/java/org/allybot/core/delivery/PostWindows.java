package org.allybot.core.delivery;

import java.util.HashMap;
import java.util.Map;
import org.allybot.core.WorkspaceId;

/**
 * When this instance's last posts to each workspace began, so that a post waits, right before its
 * call, until the post R before it began more than a window ago (R being the workspace's limit a
 * second). The platform counts calls in any one-second window as they arrive; the token buckets
 * space permits out with headroom, but the time from a permit to its call (a Redis round trip, a
 * thread waking late) varies, and could still bunch R+1 calls in one second. The window is a little
 * over a second, and shorter than the buckets' spacing, so it only ever holds back such a bunch.
 */
final class PostWindows {
  /** A second, and a margin for the way from this call to the platform. */
  static final long WINDOW_NANOS = 1_020_000_000L;

  private static final int SWEEP_ABOVE = 10_000;
  private static final int MAX_LIMIT = 10_000;

  /** The starts of the last posts of one workspace: a ring of {@code limit}. */
  private static final class Ring {
    final long[] starts;
    int next;
    int count;

    Ring(int limit) {
      this.starts = new long[limit];
    }

    /** Records a post starting {@code now} and returns 0, or how long it must wait to start. */
    long start(long now) {
      if (count == starts.length) {
        long frees = starts[next] + WINDOW_NANOS - now;
        if (frees > 0) {
          return frees;
        }
      } else {
        count++;
      }
      starts[next] = now;
      next = (next + 1) % starts.length;
      return 0;
    }

    long newest() {
      return starts[(next + starts.length - 1) % starts.length];
    }
  }

  private final Ticker ticker;
  private final Map<WorkspaceId, Ring> rings = new HashMap<>();
  private long lastSweep;

  PostWindows(Ticker ticker) {
    this.ticker = ticker;
    this.lastSweep = ticker.nanoTime();
  }

  /**
   * Waits until a post to {@code workspace}, allowed {@code perSecond}, may begin, and notes it.
   */
  void awaitTurn(WorkspaceId workspace, double perSecond) throws InterruptedException {
    if (Double.isInfinite(perSecond)) {
      return;
    }
    int limit = (int) Math.clamp(Math.floor(perSecond), 1, MAX_LIMIT);
    while (true) {
      long wait;
      synchronized (this) {
        long now = ticker.nanoTime();
        sweep(now);
        wait = rings.computeIfAbsent(workspace, w -> new Ring(limit)).start(now);
      }
      if (wait <= 0) {
        return;
      }
      ticker.sleepNanos(wait);
    }
  }

  /** Forgets workspaces with no post in the last window, once there are many. */
  private void sweep(long now) {
    if (rings.size() > SWEEP_ABOVE && now - lastSweep > WINDOW_NANOS) {
      lastSweep = now;
      rings.values().removeIf(ring -> now - ring.newest() > WINDOW_NANOS);
    }
  }
}
