package org.allybot.core.delivery;

import java.util.ArrayDeque;
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

  private final Ticker ticker;
  private final Map<WorkspaceId, ArrayDeque<Long>> starts = new HashMap<>();
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
    while (true) {
      long wait;
      synchronized (this) {
        long now = ticker.nanoTime();
        if (starts.size() > SWEEP_ABOVE && now - lastSweep > WINDOW_NANOS) {
          lastSweep = now; // forget the workspaces quiet for a window
          starts.values().removeIf(recent -> now - recent.peekLast() >= WINDOW_NANOS);
        }
        ArrayDeque<Long> recent = starts.computeIfAbsent(workspace, w -> new ArrayDeque<>());
        while (!recent.isEmpty() && now - recent.peekFirst() >= WINDOW_NANOS) {
          recent.pollFirst();
        }
        if (recent.size() < Math.max(1, (int) perSecond)) {
          recent.addLast(now);
          return;
        }
        wait = recent.peekFirst() + WINDOW_NANOS - now;
      }
      ticker.sleepNanos(wait);
    }
  }
}
