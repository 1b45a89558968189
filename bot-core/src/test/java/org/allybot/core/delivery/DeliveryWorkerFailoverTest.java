package org.allybot.core.delivery;

import static org.allybot.core.delivery.TestDeliveries.IDLE;
import static org.allybot.core.delivery.TestDeliveries.WS;
import static org.allybot.core.delivery.TestDeliveries.fast;
import static org.allybot.core.delivery.TestDeliveries.idle;
import static org.allybot.core.delivery.TestDeliveries.limiter;
import static org.allybot.core.delivery.TestDeliveries.toChannel;
import static org.allybot.core.delivery.TestDeliveries.toMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.allybot.core.DeliveryException;
import org.allybot.core.ManualClock;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.message.Message;
import org.allybot.testkit.CapturedLog;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several instances, crashed consumers, shutdowns and 429s. */
@ExtendWith(EmbeddedRedisExtension.class)
final class DeliveryWorkerFailoverTest {
  private static final Duration QUICK_RECLAIM = Duration.ofMillis(300);

  private final SteppedTicker time = new SteppedTicker(new ManualClock());

  @RegisterExtension
  final Workers workers = new Workers(new RecordingChatPlatform(Platform.SLACK, time));

  private final RecordingChatPlatform slack = workers.slack;

  @Test
  void aCrashedConsumersEntriesAreReclaimedAndEachPostedOnce() throws Exception {
    IntStream.range(0, 5).forEach(i -> workers.queue().enqueue(toChannel("d" + i)));
    List<QueuedDelivery> taken = workers.queue().read("crashed-0", 10, Duration.ZERO);
    assertThat(taken).hasSize(5);
    // It got as far as posting d0, then died before acknowledging anything.
    workers.stores().ledger().begin(WS, "d0");
    slack.send(new Recipient(WS, "C1"), Message.text("d0"));

    DeliveryWorker b = workers.start(fast("b").withReclaim(QUICK_RECLAIM, Duration.ofMillis(100)));

    assertThat(b.awaitIdle(IDLE)).isTrue();
    assertThat(slack.sentSummaries()).containsExactlyInAnyOrder("d0", "d1", "d2", "d3", "d4");
  }

  @Test
  void reclaimingLogsNoDeliveryIdSinceItNamesTheMember() throws Exception {
    List<String> ids = List.of("pilot|poll|1|U0SECRET1", "pilot|poll|1|U0SECRET2");
    ids.forEach(id -> workers.queue().enqueue(toMember(id, id.substring(id.lastIndexOf('|') + 1))));
    assertThat(workers.queue().read("crashed-0", 10, Duration.ZERO)).hasSize(2);
    workers.stores().ledger().begin(WS, ids.getFirst());

    try (CapturedLog log = CapturedLog.start()) {
      DeliveryWorker b =
          workers.start(fast("b").withReclaim(QUICK_RECLAIM, Duration.ofMillis(100)));
      assertThat(b.awaitIdle(IDLE)).isTrue();

      assertThat(log.text()).contains("delivery lesson/").doesNotContain("U0SECRET");
    }
  }

  @Test
  void twoInstancesSharingTheQueueDeliverEachOfTwoHundredExactlyOnce() throws Exception {
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      deliveries.add(i % 2 == 0 ? toMember("d" + i, "U" + i) : toChannel("d" + i));
    }
    DeliveryWorker a = workers.start(fast("a"));
    DeliveryWorker b = workers.start(fast("b"));

    workers.queue().enqueueAll(deliveries);

    assertThat(a.awaitIdle(IDLE)).isTrue();
    assertThat(b.awaitIdle(IDLE)).isTrue();
    assertThat(slack.sentSummaries())
        .hasSize(200)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(deliveries.stream().map(Delivery::id).toList());
  }

  @Test
  void retryAfterIsWaitedOutBeforeTheNextSendToThatWorkspace() throws Exception {
    slack.failNextSends(1, () -> new DeliveryException.RateLimited(Duration.ofSeconds(1)));
    workers.queue().enqueueAll(List.of(toChannel("d1"), toChannel("d2"), toChannel("d3")));

    DeliveryWorker worker = workers.start(fast("a").withSenders(1), limiter(5_000, time));

    time.advanceUntil(() -> idle(worker), Duration.ofMillis(100));
    List<Long> attempts = slack.attemptTimes();
    assertThat(attempts).hasSize(4);
    assertThat(Duration.ofNanos(attempts.get(1) - attempts.get(0)))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(slack.sentSummaries()).containsExactlyInAnyOrder("d1", "d2", "d3");
    assertThat(workers.parked(WS)).isEmpty();
  }

  @Test
  void aDeliveryWaitingOutA429HoldsNoClaimSoAnotherInstanceMaySendItIfThisOneDies()
      throws Exception {
    slack.failNextSends(1, () -> new DeliveryException.RateLimited(Duration.ofSeconds(30)));
    workers.queue().enqueue(toChannel("d1"));
    DeliveryWorker worker = workers.start(fast("a").withSenders(1), limiter(5_000, time));
    List<Thread> sender = Workers.senders(worker);

    await().atMost(IDLE).until(() -> slack.attempts() == 1);
    time.awaitAsleep(sender); // waiting out Retry-After, as an instance killed now would be

    assertThat(workers.stores().ledger().begin(WS, "d1")).isTrue();
    workers.stores().ledger().release(WS, "d1");
    time.advanceUntil(() -> idle(worker), Duration.ofSeconds(1));
    assertThat(slack.sentSummaries()).containsExactly("d1");
  }

  @Test
  void aPlatformAnsweringWith429sStillGetsEachDeliveryOnce() throws Exception {
    slack.limitRate(100, Duration.ofMillis(50));
    List<Delivery> deliveries = new ArrayList<>();
    IntStream.range(0, 40).forEach(i -> deliveries.add(toMember("d" + i, "U" + i)));
    workers.queue().enqueueAll(deliveries);

    // Our own limit is set too high on purpose, so the platform's 429s do the shaping.
    DeliveryWorker worker = workers.start(fast("a"), limiter(1_000, time));

    // The clock stands still until the platform has refused a send.
    await().atMost(IDLE).until(() -> slack.attempts() > slack.sends().size());
    time.advanceUntil(() -> idle(worker), Duration.ofMillis(10));
    assertThat(slack.sentSummaries()).hasSize(40).doesNotHaveDuplicates();
    assertThat(workers.parked(WS)).isEmpty();
  }

  @Test
  void closingMidRetryLeavesTheDeliveryForAnotherInstance() throws Exception {
    slack.failNextSends(1_000, () -> new DeliveryException.Transient("HTTP 502"));
    workers.queue().enqueue(toChannel("d1"));
    DeliveryWorker a =
        workers.start(fast("a").withBackoff(Duration.ofSeconds(5), Duration.ofSeconds(5), 1_000));
    await().atMost(IDLE).until(() -> slack.attempts() >= 1);

    a.close();
    assertThat(workers.queue().pending()).isEqualTo(1);
    slack.stopFailing();
    DeliveryWorker b = workers.start(fast("b").withReclaim(QUICK_RECLAIM, Duration.ofMillis(100)));

    assertThat(b.awaitIdle(IDLE)).isTrue();
    assertThat(slack.sentSummaries()).containsExactly("d1");
  }
}
