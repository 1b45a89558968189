package org.allybot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.allybot.core.ManualClock;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.WorkspaceId;
import org.junit.jupiter.api.Test;

final class RateLimiterTest {
  private static final WorkspaceId T1 = new WorkspaceId(Platform.SLACK, "T1");
  private static final WorkspaceId T2 = new WorkspaceId(Platform.SLACK, "T2");

  private final ManualClock clock = new ManualClock();

  private RateLimiter limiter(Map<Platform, RateLimits> limits) {
    return new RateLimiter(limits, clock, clock);
  }

  private static Recipient to(WorkspaceId ws, String conversation) {
    return new Recipient(ws, conversation);
  }

  @Test
  void fiftyPerSecondSpreadsAHundredSendsOverNearlyTwoSeconds() throws Exception {
    RateLimiter limiter = limiter(Map.of(Platform.SLACK, RateLimits.uniform(50)));

    for (int i = 0; i < 100; i++) {
      limiter.acquireSend(to(T1, "C" + i));
    }

    // One at once (the bucket saves up one permit here), then one every 1/48 s: it is paced at
    // 96 % of the limit, so that jitter on the way to the platform cannot trip it.
    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(2_062), Duration.ofMillis(2_063));
  }

  @Test
  void slackDefaultsAllowOnePostPerSecondToAConversation() throws Exception {
    RateLimiter limiter = limiter(Map.of());

    for (int i = 0; i < 3; i++) {
      limiter.acquireSend(to(T1, "C1"));
    }

    // Paced at 0.96 a second.
    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(2_083), Duration.ofMillis(2_084));
  }

  @Test
  void slackDefaultsAllowEightPostsPerSecondToAWorkspace() throws Exception {
    RateLimiter limiter = limiter(Map.of());

    for (int i = 0; i < 17; i++) {
      limiter.acquireSend(to(T1, "C" + i));
    }

    // Paced at 7.68 a second.
    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(2_083), Duration.ofMillis(2_084));
  }

  @Test
  void slackDefaultsOpenFiftyConversationsPerMinute() throws Exception {
    RateLimiter limiter = limiter(Map.of());

    for (int i = 0; i < 51; i++) {
      limiter.acquireOpen(T1);
    }

    // Paced at 48 a minute.
    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(62_499), Duration.ofMillis(62_501));
  }

  @Test
  void teamsCountsCreatingAConversationAmongTheTenantsSends() throws Exception {
    WorkspaceId tenant = new WorkspaceId(Platform.TEAMS, "tenant-1");
    RateLimiter limiter = limiter(Map.of(Platform.TEAMS, RateLimits.teams(10, 10)));

    for (int i = 0; i < 10; i++) {
      limiter.acquireOpen(tenant);
      limiter.acquireSend(to(tenant, "C" + i));
    }

    // Twenty writes at 9.6 a second, the first one saved up: not ten of each side by side.
    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(1_979), Duration.ofMillis(1_980));
  }

  @Test
  void workspacesHaveSeparateBudgets() throws Exception {
    RateLimiter limiter = limiter(Map.of());

    limiter.acquireSend(to(T1, "C1"));
    limiter.acquireSend(to(T2, "C1"));
    limiter.acquireOpen(T1);
    limiter.acquireOpen(T2);

    assertThat(clock.elapsed()).isZero();
  }

  @Test
  void aPauseHoldsEveryCallerOfThatWorkspaceOnly() throws Exception {
    RateLimiter limiter = limiter(Map.of(Platform.SLACK, RateLimits.uniform(1_000)));
    limiter.pause(T1, Duration.ofSeconds(1));

    limiter.acquireSend(to(T2, "C1"));
    assertThat(clock.elapsed()).isZero();
    limiter.acquireOpen(T1);
    assertThat(clock.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    limiter.acquireSend(to(T1, "C1"));
    assertThat(clock.elapsed()).isLessThan(Duration.ofMillis(1_010));
  }

  @Test
  void aPauseUntilAnInstantWaitsForThatInstant() throws Exception {
    RateLimiter limiter = limiter(Map.of());
    limiter.pauseUntil(T1, clock.instant().plusMillis(2_500));

    limiter.acquireSend(to(T1, "C1"));

    assertThat(clock.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(2_500));
  }

  @Test
  void theShellIsNotLimited() throws Exception {
    RateLimiter limiter = limiter(Map.of());
    WorkspaceId shell = new WorkspaceId(Platform.SHELL, "local");

    for (int i = 0; i < 10_000; i++) {
      limiter.acquireSend(to(shell, "C1"));
      limiter.acquireOpen(shell);
    }

    assertThat(clock.elapsed()).isZero();
  }

  @Test
  void manyThreadsTogetherGetTheConfiguredRateAndNoPermitEarly() throws Exception {
    SteppedTicker time = new SteppedTicker(clock);
    RateLimiter limiter =
        new RateLimiter(Map.of(Platform.SLACK, RateLimits.uniform(1_000)), clock, time);
    List<Long> grantedAt = Collections.synchronizedList(new ArrayList<>());

    List<Thread> threads = sendFromFourThreads(limiter, 1_500, time, grantedAt);
    while (time.advanceToNextWakeUp(threads)) {}

    // 20 at once (a fiftieth of a second's worth), then 960 a second: the 1,500th 1.54 s in.
    List<Long> sorted = grantedAt.stream().sorted().toList();
    assertThat(sorted).hasSize(1_500);
    for (int i = 0; i < sorted.size(); i++) {
      long due = Math.max(0, i - 19) * 1_000_000_000L / 960;
      assertThat(sorted.get(i)).as("permit %d", i).isBetween(due - 1_000, due + 1_000);
    }
    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(1_541), Duration.ofMillis(1_542));
  }

  @Test
  void aCallerWaitingForItsTurnWhenA429ArrivesWaitsOutThePauseToo() throws Exception {
    AtomicReference<RateLimiter> limiter = new AtomicReference<>();
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
              limiter.get().pause(T1, Duration.ofSeconds(1));
            }
            clock.sleepNanos(nanos);
          }
        };
    limiter.set(
        new RateLimiter(Map.of(Platform.SLACK, RateLimits.uniform(10)), clock, pausedWhileAsleep));

    limiter.get().acquireSend(to(T1, "C1"));
    limiter.get().acquireSend(to(T1, "C2"));

    // Its turn came 104 ms in, inside the pause: it went after the pause, one permit on.
    assertThat(clock.elapsed()).isBetween(Duration.ofMillis(1_000), Duration.ofMillis(1_105));
  }

  @Test
  void eachWaitingCallerSleepsOnceForItsTurnAcrossThreads() throws Exception {
    SteppedTicker time = new SteppedTicker(clock);
    RateLimiter limiter =
        new RateLimiter(Map.of(Platform.SLACK, RateLimits.uniform(1_000)), clock, time);

    List<Thread> threads =
        sendFromFourThreads(limiter, 400, time, Collections.synchronizedList(new ArrayList<>()));
    while (time.advanceToNextWakeUp(threads)) {}

    // 20 go at once; each of the other 380 waits for its own turn, waking once.
    assertThat(time.sleeps()).isEqualTo(380);
  }

  /** Four threads taking {@code sends} permits between them, each noting when it got one. */
  private static List<Thread> sendFromFourThreads(
      RateLimiter limiter, int sends, Ticker time, List<Long> grantedAt) {
    AtomicInteger left = new AtomicInteger(sends);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(
          Thread.ofPlatform()
              .start(() -> {
                try {
                  while (left.getAndDecrement() > 0) {
                    limiter.acquireSend(to(T1, "C" + left.get()));
                    grantedAt.add(time.nanoTime());
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }));
    }
    return threads;
  }
}
