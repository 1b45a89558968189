package org.allybot.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.WorkspaceId;

/**
 * Shapes calls to the platforms: token buckets per workspace and operation, and per conversation,
 * that block the caller until a permit is free. The buckets live in a {@link SendBudget}: this
 * process's own, or Redis shared by every instance. After a 429 {@link #pause} holds every caller
 * for that workspace, on every instance sharing the budget, until {@code Retry-After} has passed.
 *
 * <p>Headroom: a platform counts the calls that <em>arrive</em> in any one-second window, and the
 * time between a permit and its call's arrival varies (a Redis round trip, a thread waking late,
 * the network). Permits spaced exactly 1/R apart then put R+1 calls in some window now and then
 * (the fake Slack saw 27 in a run of 100 at 2 a second), and each such 429 pauses the workspace. So
 * every bucket refills at {@value #PACE} of its limit, and saves up at most {@value
 * #HEADROOM_SECONDS} s of it (at least one permit, and never more than the configured burst): a
 * full bucket and a second's refill then come to at most 98 % of the limit, and at low rates R+1
 * permits in a row span 1.04 s. A call may thus arrive some 20 ms (at high rates) to 40 ms (at a
 * few a second) late before the platform counts one too many. The price: a fan-out takes 1/{@value
 * #PACE} of its floor, 4 % more, within the 5 % the benchmarks allow. Right before each post's
 * call, {@link #awaitPostTurn} also holds back a post that would be the R+1st this instance began
 * within a second ({@link PostWindows}): that catches the bunching this instance causes itself,
 * however loaded it is, and never binds while permits arrive on time.
 */
public final class RateLimiter {
  /** The share of each limit the buckets refill at; see the class comment. */
  static final double PACE = 0.96;

  /** The most a bucket saves up, in seconds of its limit: half the headroom. */
  static final double HEADROOM_SECONDS = 0.02;

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
  private final PostWindows windows;

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
    this.windows = new PostWindows(ticker);
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
    acquire(to.workspace(), buckets);
  }

  /**
   * Right before a post's call, after its permit: waits while this instance began its workspace's
   * limit of posts within the last second ({@link PostWindows}), so that a late start of one
   * permit's call cannot bunch up with the next ones.
   */
  void awaitPostTurn(WorkspaceId workspace) throws InterruptedException {
    windows.awaitTurn(workspace, limits.get(workspace.platform()).postsPerSecond());
  }

  /**
   * Waits for a permit to open a direct conversation in {@code workspace}, and one of its posts
   * where opens count among them ({@link RateLimits#opensArePosts}).
   */
  public void acquireOpen(WorkspaceId workspace) throws InterruptedException {
    RateLimits rates = limits.get(workspace.platform());
    List<SendBudget.Bucket> buckets = new ArrayList<>(2);
    add(buckets, "open", rates.opensPerSecond(), rates);
    if (rates.opensArePosts()) {
      add(buckets, "post", rates.postsPerSecond(), rates);
    }
    acquire(workspace, buckets);
  }

  /** Holds every caller for {@code workspace} for {@code duration} (a 429's Retry-After). */
  public void pause(WorkspaceId workspace, Duration duration) {
    waits.rateLimited(workspace.platform());
    budget.pause(workspace, duration);
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
  private void acquire(WorkspaceId workspace, List<SendBudget.Bucket> buckets)
      throws InterruptedException {
    if (buckets.isEmpty()) {
      return;
    }
    while (true) {
      SendBudget.Grant grant = budget.take(workspace, buckets);
      if (grant.held() && grant.waitNanos() <= 0) {
        return;
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

  private static void add(
      List<SendBudget.Bucket> buckets, String name, double rate, RateLimits rates) {
    if (!Double.isInfinite(rate)) {
      buckets.add(bucket(name, rate, rates));
    }
  }

  /**
   * A bucket for a limit of {@code rate}: refilled at {@link #PACE} of it, saving up the configured
   * burst but never more than {@link #HEADROOM_SECONDS}, so that a full bucket and a second's
   * refill together stay under the limit.
   */
  static SendBudget.Bucket bucket(String name, double rate, RateLimits rates) {
    double capacity = Math.min(rates.capacity(rate), Math.max(1, rate * HEADROOM_SECONDS));
    return new SendBudget.Bucket(name, rate * PACE, capacity);
  }
}
