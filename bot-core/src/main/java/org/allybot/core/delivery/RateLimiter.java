package org.allybot.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.WorkspaceId;

/**
 * Shapes calls to the platforms: token buckets per workspace and operation, and per conversation,
 * that block the caller until a permit is free. The buckets live in a {@link SendBudget}: this
 * process's own, or Redis shared by every instance. After a 429 {@link #pause} holds every caller
 * for that workspace, on every instance sharing the budget, until {@code Retry-After} has passed.
 */
public final class RateLimiter {
  /**
   * A waiter asks again whether a pause began while it slept only after a wait this long. At high
   * rates waits are a few milliseconds: a second round trip to a shared budget for each would cost
   * more than the rare 429 it could save, which is retried after its pause all the same.
   */
  private static final long SETTLE_AFTER_NANOS = Duration.ofMillis(20).toNanos();

  private final Map<Platform, RateLimits> limits = new EnumMap<>(Platform.class);
  private final Clock clock;
  private final Ticker ticker;
  private final SendBudget budget;
  private final DeliveryObserver waits;

  /** When this instance last learned a workspace's posts must wait, until when (ticker time). */
  private final Map<WorkspaceId, Long> busyUntil = new ConcurrentHashMap<>();

  public RateLimiter(
      Map<Platform, RateLimits> limits,
      Clock clock,
      Ticker ticker,
      SendBudget budget,
      DeliveryObserver waits) {
    for (Platform platform : Platform.values()) {
      this.limits.put(platform, limits.getOrDefault(platform, RateLimits.defaults(platform)));
    }
    this.clock = clock;
    this.ticker = ticker;
    this.budget = budget;
    this.waits = waits;
  }

  /** A budget of this process only. */
  public RateLimiter(Map<Platform, RateLimits> limits, Clock clock, Ticker ticker) {
    this(limits, clock, ticker, new LocalSendBudget(ticker), DeliveryObserver.NONE);
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
    List<SendBudget.Bucket> buckets = new ArrayList<>(2);
    add(buckets, "post", rates.postsPerSecond(), rates);
    add(buckets, "post:" + to.conversationId(), rates.postsPerSecondPerConversation(), rates);
    acquire(to.workspace(), buckets, true);
  }

  /** Waits for a permit to open a direct conversation in {@code workspace}. */
  public void acquireOpen(WorkspaceId workspace) throws InterruptedException {
    RateLimits rates = limits.get(workspace.platform());
    List<SendBudget.Bucket> buckets = new ArrayList<>(1);
    add(buckets, "open", rates.opensPerSecond(), rates);
    acquire(workspace, buckets, false);
  }

  /**
   * Whether a post in {@code workspace} would have to wait now: its rate is used up, or paused.
   * What this instance already knows (a take that had to wait, a pause, not yet over) answers
   * without asking the budget, so a saturated workspace costs no extra round trip per entry.
   */
  public boolean mustWaitToPost(WorkspaceId workspace) {
    Long until = busyUntil.get(workspace);
    if (until != null && until - ticker.nanoTime() > 0) {
      return true;
    }
    if (until != null) {
      busyUntil.remove(workspace, until);
    }
    RateLimits rates = limits.get(workspace.platform());
    if (Double.isInfinite(rates.postsPerSecond())) {
      return false;
    }
    double rate = rates.postsPerSecond();
    long wait =
        budget.waitFor(workspace, new SendBudget.Bucket("post", rate, rates.capacity(rate)));
    noteBusy(workspace, wait);
    return wait > 0;
  }

  /** Holds every caller for {@code workspace} for {@code duration} (a 429's Retry-After). */
  public void pause(WorkspaceId workspace, Duration duration) {
    waits.rateLimited(workspace.platform());
    budget.pause(workspace, duration);
    noteBusy(workspace, duration.toNanos());
  }

  /** Like {@link #pause}, until a wall-clock instant. */
  public void pauseUntil(WorkspaceId workspace, Instant until) {
    pause(workspace, Duration.between(clock.instant(), until));
  }

  /**
   * Takes the permits at once, owing them if they are empty, and sleeps until they are due: each
   * caller wakes once, at its own turn, instead of every waiter waking for every permit. A caller
   * who wakes inside a pause (another instance's 429) gives its permits back and queues again.
   */
  private void acquire(WorkspaceId workspace, List<SendBudget.Bucket> buckets, boolean posting)
      throws InterruptedException {
    if (buckets.isEmpty()) {
      return;
    }
    while (true) {
      SendBudget.Grant grant = budget.take(workspace, buckets);
      if (grant.held() && grant.waitNanos() <= 0) {
        return;
      }
      if (posting || !grant.held()) { // a wait to open says nothing about posting, a pause does
        noteBusy(workspace, grant.waitNanos());
      }
      waits.waited(workspace.platform(), grant.waitNanos());
      try {
        ticker.sleepNanos(grant.waitNanos());
      } catch (InterruptedException e) {
        if (grant.held()) {
          budget.giveBack(workspace, buckets);
        }
        throw e;
      }
      if (grant.held()
          && (grant.waitNanos() < SETTLE_AFTER_NANOS || budget.settle(workspace, buckets).held())) {
        return;
      }
    }
  }

  private void noteBusy(WorkspaceId workspace, long nanos) {
    if (nanos > 0) {
      busyUntil.merge(workspace, ticker.nanoTime() + nanos, Math::max);
    }
  }

  private static void add(
      List<SendBudget.Bucket> buckets, String name, double rate, RateLimits rates) {
    if (!Double.isInfinite(rate)) {
      buckets.add(new SendBudget.Bucket(name, rate, rates.capacity(rate)));
    }
  }
}
