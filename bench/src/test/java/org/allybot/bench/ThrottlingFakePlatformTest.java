package org.allybot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.allybot.core.DeliveryException;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Ticker;
import org.allybot.core.message.Message;
import org.junit.jupiter.api.Test;

final class ThrottlingFakePlatformTest {
  private static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, "T1");

  private final AtomicLong now = new AtomicLong();
  private final ThrottlingFakePlatform slack =
      new ThrottlingFakePlatform(
          Platform.SLACK, 3, List.of("U1", "U2"), Duration.ZERO, fakeTime(now));

  /** Time that moves only when the test sets {@code now}. */
  private static Ticker fakeTime(AtomicLong now) {
    return new Ticker() {
      @Override
      public long nanoTime() {
        return now.get();
      }

      @Override
      public void sleepNanos(long nanos) {
        now.addAndGet(nanos);
      }
    };
  }

  private Recipient dm(String user) {
    return slack.openDirect(new UserRef(WS, user));
  }

  @Test
  void aFourthPostWithinASecondGetsA429WithTheTimeUntilAPermitFrees() throws Exception {
    slack.expect(WS, List.of("U1", "U2"));
    for (int i = 0; i < 3; i++) {
      slack.send(dm("U1"), Message.text("hi"));
    }
    now.set(Duration.ofMillis(400).toNanos());

    assertThatThrownBy(() -> slack.send(dm("U2"), Message.text("hi")))
        .isInstanceOfSatisfying(
            DeliveryException.RateLimited.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(600)));
    assertThat(slack.rateLimited()).isEqualTo(1);
  }

  @Test
  void countsDuplicatesAndLosses() throws Exception {
    slack.expect(WS, List.of("U1", "U2"));
    slack.send(dm("U1"), Message.text("one"));
    slack.send(dm("U1"), Message.text("again"));

    assertThat(slack.duplicates()).isEqualTo(1);
    assertThat(slack.lost()).isEqualTo(1);
    assertThat(slack.awaitAll(Duration.ofMillis(10))).isFalse();
  }

  @Test
  void aSlidingWindowFreesEachPermitOneSecondAfterItWasTaken() {
    SlidingWindow window = new SlidingWindow(2);

    assertThat(window.tryAcquire(0)).isZero();
    assertThat(window.tryAcquire(400_000_000L)).isZero();
    assertThat(window.tryAcquire(900_000_000L)).isEqualTo(100_000_000L);
    assertThat(window.tryAcquire(1_000_000_000L)).isZero();
    assertThat(window.tryAcquire(1_100_000_000L)).isEqualTo(300_000_000L);
  }

  @Test
  void retryAfterIsWholeMillisecondsRoundedUpAndNeverZero() {
    assertThat(ThrottlingFakePlatform.retryAfter(1)).isEqualTo(Duration.ofMillis(1));
    assertThat(ThrottlingFakePlatform.retryAfter(1_000_001)).isEqualTo(Duration.ofMillis(2));
  }
}
