package org.allybot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.allybot.core.ManualClock;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.junit.jupiter.api.Test;

final class PostWindowsTest {
  private static final WorkspaceId T1 = new WorkspaceId(Platform.SLACK, "T1");
  private static final WorkspaceId T2 = new WorkspaceId(Platform.SLACK, "T2");

  private final ManualClock clock = new ManualClock();
  private final PostWindows windows = new PostWindows(clock);

  @Test
  void postsBunchedByLateCallsWaitUntilTheirWindowHoldsNoMoreThanTheLimit() throws Exception {
    // Two a second: permits half a second apart, but the first call started 300 ms late.
    clock.advance(Duration.ofMillis(300));
    windows.awaitTurn(T1, 2);
    clock.advance(Duration.ofMillis(200));
    windows.awaitTurn(T1, 2);
    windows.awaitTurn(T1, 2);

    // The third waited until a second (and the margin) after the first began, not 500 ms in.
    assertThat(clock.elapsed())
        .isEqualTo(Duration.ofMillis(300).plusNanos(PostWindows.WINDOW_NANOS));
  }

  @Test
  void postsSpacedAsTheBucketsSpaceThemNeverWait() throws Exception {
    for (int i = 0; i < 20; i++) {
      windows.awaitTurn(T1, 8);
      clock.advance(Duration.ofNanos((long) (1e9 / (8 * RateLimiter.PACE))));
    }

    assertThat(clock.elapsed()).isEqualTo(Duration.ofNanos(20 * (long) (1e9 / 7.68)));
  }

  @Test
  void eachWorkspaceHasItsOwnWindowAndUnlimitedOnesNone() throws Exception {
    windows.awaitTurn(T1, 1);
    windows.awaitTurn(T2, 1);
    for (int i = 0; i < 1_000; i++) {
      windows.awaitTurn(T1, RateLimits.UNLIMITED);
    }

    assertThat(clock.elapsed()).isZero();
  }
}
