package org.allybot.core.delivery;

import java.time.Duration;
import java.util.List;
import org.allybot.core.WorkspaceId;

/**
 * Where the send rate's token buckets live: in this process ({@link LocalSendBudget}) or in Redis,
 * shared by every instance, so that together they keep each platform limit. Buckets may owe
 * permits: a take always succeeds unless the workspace is paused, and says how long to wait.
 */
public interface SendBudget {
  /** One bucket of a workspace: its name there, its rate and how many permits it may save up. */
  record Bucket(String name, double perSecond, double capacity) {}

  /**
   * The answer to a take or a settle: whether the permits are held, and how long to wait. Held with
   * a wait means "yours, due then"; not held means paused, try again after the wait.
   */
  record Grant(boolean held, long waitNanos) {
    public static final Grant NOW = new Grant(true, 0);
  }

  /**
   * Takes one permit from each bucket at once, owing them if empty, unless the workspace is paused.
   */
  Grant take(WorkspaceId workspace, List<Bucket> buckets);

  /**
   * After waiting for held permits: keeps them ({@link Grant#NOW}), or, when the workspace was
   * paused meanwhile, gives them back and says how long the pause lasts.
   */
  Grant settle(WorkspaceId workspace, List<Bucket> buckets);

  /**
   * How long a take from {@code bucket} would wait now (for a pause, or a permit); takes nothing.
   */
  long waitFor(WorkspaceId workspace, Bucket bucket);

  /** Returns permits taken but not used. */
  void giveBack(WorkspaceId workspace, List<Bucket> buckets);

  /**
   * Holds the workspace for {@code duration} (a 429's Retry-After): no take succeeds meanwhile, and
   * its buckets save nothing up until it ends.
   */
  void pause(WorkspaceId workspace, Duration duration);
}
