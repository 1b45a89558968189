package org.allybot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.allybot.core.ManualClock;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.WorkspaceId;
import org.allybot.core.store.FreshRedis;
import org.allybot.core.store.TestRedis;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Limiters of several instances on one Redis keep each limit together. Time is a manual clock that
 * the script is handed, never Redis's own, so the figures are exact on any machine and any date.
 */
@FreshRedis.Each
final class SharedRateLimiterTest {
  private static final WorkspaceId T1 = new WorkspaceId(Platform.SLACK, "T1");
  private static final WorkspaceId T2 = new WorkspaceId(Platform.SLACK, "T2");

  private final ManualClock clock = new ManualClock(Clock.systemUTC().instant());
  private final TestRedis first;
  private final TestRedis second;

  SharedRateLimiterTest(TestRedis redis, RedisEndpoint endpoint) {
    this.first = redis;
    this.second = TestRedis.connect(endpoint);
  }

  @AfterEach
  void closeSecond() {
    second.close();
  }

  private RateLimiter instance(TestRedis redis, Map<Platform, RateLimits> limits, Ticker time) {
    return new RateLimiter(limits, clock, time, redis.sendBudget(clock), DeliveryObserver.NONE);
  }

  private static Recipient to(WorkspaceId ws, String conversation) {
    return new Recipient(ws, conversation);
  }

  @Test
  void twoInstancesTogetherPostEightPerSecondToASlackWorkspace() throws Exception {
    RateLimiter a = instance(first, Map.of(), clock);
    RateLimiter b = instance(second, Map.of(), clock);

    for (int i = 0; i < 17; i++) {
      (i % 2 == 0 ? a : b).acquireSend(to(T1, "C" + i));
    }

    // One at once, then one every 130 ms (paced at 7.68 a second), whichever instance asks.
    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(2_083), Duration.ofMillis(2_084));
  }

  @Test
  void twoInstancesTogetherPostOncePerSecondToAChannel() throws Exception {
    RateLimiter a = instance(first, Map.of(), clock);
    RateLimiter b = instance(second, Map.of(), clock);

    a.acquireSend(to(T1, "C1"));
    b.acquireSend(to(T1, "C1"));
    a.acquireSend(to(T1, "C1"));

    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(2_083), Duration.ofMillis(2_084));
  }

  @Test
  void twoInstancesTogetherOpenFiftyConversationsPerMinute() throws Exception {
    RateLimiter a = instance(first, Map.of(), clock);
    RateLimiter b = instance(second, Map.of(), clock);

    for (int i = 0; i < 51; i++) {
      (i % 2 == 0 ? a : b).acquireOpen(T1);
    }

    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(62_499), Duration.ofMillis(62_501));
  }

  @Test
  void teamsDefaultsAllowFiftyPerSecondToATenantAndSevenToAConversation() throws Exception {
    WorkspaceId tenant = new WorkspaceId(Platform.TEAMS, "tenant-1");
    RateLimiter a = instance(first, Map.of(), clock);
    RateLimiter b = instance(second, Map.of(), clock);

    for (int i = 0; i < 101; i++) {
      (i % 2 == 0 ? a : b).acquireSend(to(tenant, "conv-" + i));
    }
    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(2_083), Duration.ofMillis(2_084));

    Duration before = clock.elapsed();
    for (int i = 0; i < 15; i++) {
      (i % 2 == 0 ? a : b).acquireSend(to(tenant, "one-chat"));
    }
    // One at once (the bucket saves up one permit), then 14 at 6.72 a second (7, paced).
    assertThat(clock.elapsed().minus(before))
        .isBetween(Duration.ofMillis(2_083), Duration.ofMillis(2_084));
  }

  @Test
  void aPauseOnOneInstanceHoldsTheOtherForThatWorkspaceOnly() throws Exception {
    RateLimiter a = instance(first, Map.of(), clock);
    RateLimiter b = instance(second, Map.of(), clock);

    a.pause(T1, Duration.ofSeconds(30));
    b.acquireSend(to(T2, "C1"));
    assertThat(clock.elapsed()).isZero();
    b.acquireSend(to(T1, "C1"));

    assertThat(clock.elapsed()).isBetween(Duration.ofSeconds(30), Duration.ofMillis(30_001));
  }

  @Test
  void aCallerWaitingForItsTurnWhenAnotherInstanceGetsA429WaitsOutThePause() throws Exception {
    RateLimiter a = instance(first, Map.of(Platform.SLACK, RateLimits.uniform(10)), clock);
    AtomicBoolean paused = new AtomicBoolean();
    Ticker pausedWhileAsleep =
        new Ticker() {
          @Override
          public long nanoTime() {
            return clock.nanoTime();
          }

          @Override
          public void sleepNanos(long nanos) {
            if (!paused.getAndSet(true)) {
              a.pause(T1, Duration.ofSeconds(1));
            }
            clock.sleepNanos(nanos);
          }
        };
    RateLimiter b =
        instance(second, Map.of(Platform.SLACK, RateLimits.uniform(10)), pausedWhileAsleep);

    b.acquireSend(to(T1, "C1"));
    b.acquireSend(to(T1, "C2"));

    // Its turn came 104 ms in, inside the pause another instance began: it went after the pause.
    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(1_000), Duration.ofMillis(1_105));
  }

  @Test
  void aSkewedClockOnOneInstanceSlowsTheSendingButNeverSpeedsItUp() throws Exception {
    ManualClock behind = new ManualClock(clock.instant().minusMillis(500));
    RateLimiter a = instance(first, Map.of(), clock);
    RateLimiter b =
        new RateLimiter(Map.of(), behind, behind, second.sendBudget(behind), DeliveryObserver.NONE);

    a.acquireSend(to(T1, "C1"));
    b.acquireSend(to(T1, "C2"));

    // b counts from a's later time: its permit is due 130 ms after a's by a's clock, never sooner.
    assertThat(behind.elapsed()).isBetween(Duration.ofMillis(630), Duration.ofMillis(631));
  }

  @Test
  void manyThreadsOnTwoInstancesTogetherGetTheConfiguredRateAndNoPermitEarly() throws Exception {
    SteppedTicker time = new SteppedTicker(clock);
    Map<Platform, RateLimits> limits = Map.of(Platform.SLACK, RateLimits.uniform(1_000));
    RateLimiter a = instance(first, limits, time);
    RateLimiter b = instance(second, limits, time);
    List<Long> grantedAt = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger left = new AtomicInteger(600);

    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(sender(t % 2 == 0 ? a : b, left, time, grantedAt));
    }
    while (time.advanceToNextWakeUp(threads)) {}

    // 20 at once (a fiftieth of a second's worth), then 960 a second, both instances.
    List<Long> sorted = grantedAt.stream().sorted().toList();
    assertThat(sorted).hasSize(600);
    for (int i = 0; i < sorted.size(); i++) {
      long due = Math.max(0, i - 19) * 1_000_000_000L / 960;
      assertThat(sorted.get(i)).as("permit %d", i).isGreaterThanOrEqualTo(due - 1_000);
    }
    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(604), Duration.ofMillis(605));
  }

  @Test
  void anInterruptedWaiterGivesItsPermitBackToEveryInstance() throws Exception {
    Ticker interrupting =
        new Ticker() {
          @Override
          public long nanoTime() {
            return clock.nanoTime();
          }

          @Override
          public void sleepNanos(long nanos) throws InterruptedException {
            throw new InterruptedException();
          }
        };
    RateLimiter a = instance(first, Map.of(), clock);
    RateLimiter b = instance(second, Map.of(), interrupting);
    a.acquireSend(to(T1, "C1"));

    assertThatThrownBy(() -> b.acquireSend(to(T1, "C2"))).isInstanceOf(InterruptedException.class);
    a.acquireSend(to(T1, "C3"));

    // The second permit was given back, so the third is due 130 ms in, not 260.
    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(130), Duration.ofMillis(131));
  }

  @Test
  void onlyAWaitOfTwentyMillisecondsOrMoreAsksTheBudgetAgainBeforeSending() throws Exception {
    AtomicInteger settles = new AtomicInteger();
    SendBudget shared = first.sendBudget(clock);
    SendBudget counting =
        new SendBudget() {
          @Override
          public Grant take(WorkspaceId ws, List<Bucket> buckets) {
            return shared.take(ws, buckets);
          }

          @Override
          public Grant settle(WorkspaceId ws, List<Bucket> buckets) {
            settles.incrementAndGet();
            return shared.settle(ws, buckets);
          }

          @Override
          public long waitFor(WorkspaceId ws, Bucket bucket) {
            return shared.waitFor(ws, bucket);
          }

          @Override
          public void giveBack(WorkspaceId ws, List<Bucket> buckets) {
            shared.giveBack(ws, buckets);
          }

          @Override
          public void pause(WorkspaceId ws, Duration duration) {
            shared.pause(ws, duration);
          }
        };
    RateLimiter fast =
        new RateLimiter(
            Map.of(Platform.SLACK, RateLimits.uniform(100)),
            clock,
            clock,
            counting,
            DeliveryObserver.NONE);

    for (int i = 0; i < 30; i++) {
      fast.acquireSend(to(T1, "C" + i)); // 10.4 ms apart after a burst of 2
    }
    assertThat(settles).hasValue(0);
    fast.pause(T2, Duration.ofMillis(500)); // paused: the take itself waits, no permit held
    fast.acquireSend(to(T2, "C1"));
    assertThat(settles).hasValue(0);
    RateLimiter slow = new RateLimiter(Map.of(), clock, clock, counting, DeliveryObserver.NONE);
    WorkspaceId quiet = new WorkspaceId(Platform.SLACK, "T3");
    slow.acquireSend(to(quiet, "D1"));
    slow.acquireSend(to(quiet, "D1")); // Slack's 1/s per channel: a wait of a second
    assertThat(settles).hasValue(1);
  }

  private static Thread sender(
      RateLimiter limiter, AtomicInteger left, SteppedTicker time, List<Long> grantedAt) {
    return Thread.ofPlatform()
        .start(() -> {
          try {
            while (left.getAndDecrement() > 0) {
              limiter.acquireSend(to(T1, "C" + left.get()));
              grantedAt.add(time.nanoTime());
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }
}
