package org.allybot.core.delivery;

import static org.allybot.core.delivery.TestDeliveries.IDLE;
import static org.allybot.core.delivery.TestDeliveries.WS;
import static org.allybot.core.delivery.TestDeliveries.fast;
import static org.allybot.core.delivery.TestDeliveries.toChannel;
import static org.allybot.core.delivery.TestDeliveries.toMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.allybot.core.DeliveryException;
import org.allybot.core.ManualClock;
import org.allybot.core.Platform;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What happens when the composer or the platform says no. */
@ExtendWith(EmbeddedRedisExtension.class)
final class DeliveryRetryTest {
  @RegisterExtension final Workers workers = new Workers();
  private final RecordingChatPlatform slack = workers.slack;
  private final RecordingComposer composer = workers.composer;

  @Test
  void transientFailuresBackOffAndThenSucceed() throws Exception {
    slack.failNextSends(2, () -> new DeliveryException.Transient("HTTP 503"));
    workers.queue().enqueue(toChannel("d1"));
    DeliveryWorker worker = workers.start(fast("i1").withSenders(1));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(slack.attempts()).isEqualTo(3);
    assertThat(slack.sentSummaries()).containsExactly("d1");
    assertThat(workers.parked(WS)).isEmpty();
  }

  @Test
  void afterMaxAttemptsATransientFailureIsParkedWithItsReason() throws Exception {
    slack.failNextSends(100, () -> new DeliveryException.Transient("HTTP 503"));
    workers.queue().enqueue(toChannel("d1"));
    DeliveryWorker worker =
        workers.start(fast("i1").withBackoff(Duration.ofMillis(1), Duration.ofMillis(10), 3));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(slack.attempts()).isEqualTo(3);
    assertThat(slack.sends()).isEmpty();
    assertThat(workers.parked(WS))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.deliveryId()).isEqualTo("d1");
          assertThat(p.cause()).isEqualTo(ParkedDelivery.Cause.FAILED);
          assertThat(p.reason()).isEqualTo("HTTP 503");
          assertThat(p.attempts()).isEqualTo(3);
        });
  }

  @Test
  void aPermanentFailureIsParkedAtOnceWithoutRetryingAndDatedByTheAppsClock() throws Exception {
    slack.failNextSends(1, () -> new DeliveryException.Permanent("channel_not_found"));
    workers.queue().enqueue(toChannel("d1"));
    ManualClock appClock = new ManualClock(Instant.parse("2031-01-01T09:00:00Z"));
    DeliveryWorker worker =
        workers.start(
            fast("i1"),
            new RateLimiter(
                Map.of(Platform.SLACK, RateLimits.uniform(5_000)), appClock, Ticker.SYSTEM));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(slack.attempts()).isEqualTo(1);
    assertThat(workers.parked(WS))
        .extracting(
            ParkedDelivery::deliveryId,
            ParkedDelivery::reason,
            ParkedDelivery::attempts,
            ParkedDelivery::at)
        .containsExactly(tuple("d1", "channel_not_found", 1, appClock.instant()));
  }

  @Test
  void aSkippedDeliveryIsNotSentAndItsReasonIsListed() throws Exception {
    composer.skip("d1", "opted_out");
    workers.queue().enqueue(toMember("d1", "U1"));
    DeliveryWorker worker = workers.start(fast("i1"));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(slack.attempts()).isZero();
    assertThat(slack.opens()).isEmpty();
    assertThat(workers.parked(WS))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.cause()).isEqualTo(ParkedDelivery.Cause.SKIPPED);
          assertThat(p.reason()).isEqualTo("opted_out");
        });
  }

  @Test
  void aComposerThatThrowsIsRetriedLikeATransientFailure() throws Exception {
    composer.failNext(2);
    workers.queue().enqueue(toChannel("d1"));
    DeliveryWorker worker = workers.start(fast("i1").withSenders(1));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(slack.sentSummaries()).containsExactly("d1");
  }
}
