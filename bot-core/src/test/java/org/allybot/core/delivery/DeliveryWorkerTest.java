package org.allybot.core.delivery;

import static org.allybot.core.delivery.TestDeliveries.IDLE;
import static org.allybot.core.delivery.TestDeliveries.WS;
import static org.allybot.core.delivery.TestDeliveries.fast;
import static org.allybot.core.delivery.TestDeliveries.idle;
import static org.allybot.core.delivery.TestDeliveries.limiter;
import static org.allybot.core.delivery.TestDeliveries.toChannel;
import static org.allybot.core.delivery.TestDeliveries.toMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.allybot.core.ManualClock;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One instance sending: each delivery once, to the right conversation. */
@ExtendWith(EmbeddedRedisExtension.class)
final class DeliveryWorkerTest {
  @RegisterExtension final Workers workers = new Workers();
  private final RecordingChatPlatform slack = workers.slack;
  private final RecordingComposer composer = workers.composer;

  @Test
  void aQueuedDeliveryIsSentOnceAndAcknowledged() throws Exception {
    workers.queue().enqueue(toChannel("d1"));
    DeliveryWorker worker = workers.start(fast("i1"));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(slack.sends())
        .singleElement()
        .satisfies(sent -> assertThat(sent.to()).isEqualTo(new Recipient(WS, "C1")));
    assertThat(slack.sentSummaries()).containsExactly("d1");
    assertThat(composer.sentIds()).containsExactly("d1");
    assertThat(workers.queue().pending()).isZero();
    assertThat(workers.parked(WS)).isEmpty();
  }

  @Test
  void theSameDeliveryQueuedTwicePostsOnce() throws Exception {
    workers.queue().enqueue(toChannel("d1"));
    workers.queue().enqueue(toChannel("d1"));
    DeliveryWorker worker = workers.start(fast("i1"));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(slack.sentSummaries()).containsExactly("d1");
    assertThat(workers.queue().pending()).isZero();
  }

  @Test
  void aDeliveryAlreadySentBeforeIsNotPostedAgain() throws Exception {
    workers.queue().enqueue(toChannel("d1"));
    DeliveryWorker worker = workers.start(fast("i1"));
    worker.awaitIdle(IDLE);

    workers.queue().enqueue(toChannel("d1"));

    assertThat(worker.awaitIdle(IDLE)).isTrue();
    assertThat(slack.attempts()).isEqualTo(1);
  }

  @Test
  void aDirectConversationIsOpenedOncePerMemberAcrossManyDeliveries() throws Exception {
    List<Delivery> deliveries = new ArrayList<>();
    for (int round = 0; round < 6; round++) {
      for (int member = 0; member < 5; member++) {
        deliveries.add(toMember("d" + round + "-" + member, "U" + member));
      }
    }
    workers.queue().enqueueAll(deliveries);
    DeliveryWorker worker = workers.start(fast("i1"));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(slack.opens())
        .hasSize(5)
        .extracting(UserRef::userId)
        .containsExactlyInAnyOrder("U0", "U1", "U2", "U3", "U4");
    assertThat(slack.sends()).hasSize(30);
    assertThat(slack.sends())
        .allSatisfy(s -> assertThat(s.to().conversationId()).startsWith("D-U"));
  }

  @Test
  void aSlowBatchAcknowledgesWhatItSentWithoutWaitingForTheRest() throws Exception {
    SteppedTicker time = new SteppedTicker(new ManualClock());
    workers.queue().enqueueAll(IntStream.range(0, 10).mapToObj(i -> toChannel("d" + i)).toList());
    DeliveryWorker worker =
        workers.start(
            fast("i1").withSenders(1).withReclaim(Duration.ofMillis(600), Duration.ofHours(1)),
            limiter(5, time));
    List<Thread> sender = Workers.senders(worker);

    // Five a second, paced at 4.8: d0 at once, then one every 208 ms. What was sent is acknowledged
    // once it has waited a third of the reclaim idle time, 200 ms: after the second send, not the
    // tenth.
    time.awaitAsleep(sender);
    while (workers.queue().pending() == 10) {
      time.advanceToNextWakeUp(sender);
      time.awaitAsleep(sender);
    }
    assertThat(slack.sentSummaries()).containsExactly("d0", "d1");
    assertThat(workers.queue().pending()).isEqualTo(8);

    time.advanceUntil(() -> idle(worker), Duration.ofMillis(200));
    assertThat(slack.sentSummaries()).hasSize(10).doesNotHaveDuplicates();
  }

  @Test
  void aMalformedEntryDoesNotStopTheWorker() throws Exception {
    workers.enqueueRaw("{broken");
    workers.queue().enqueue(toChannel("d1"));
    DeliveryWorker worker = workers.start(fast("i1"));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(slack.sentSummaries()).containsExactly("d1");
  }

  @Test
  void aDeliveryForAPlatformThatIsOffIsParked() throws Exception {
    WorkspaceId teams = new WorkspaceId(Platform.TEAMS, "tenant-1");
    workers
        .queue()
        .enqueue(Delivery.toChannel("d1", teams, "19:abc", Delivery.Kind.NOTICE, Map.of()));
    DeliveryWorker worker = workers.start(fast("i1"));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(workers.parked(teams))
        .extracting(ParkedDelivery::reason)
        .containsExactly("no adapter for TEAMS");
  }

  @Test
  void aWorkerClosedTwiceStaysStoppedAndLeavesLaterDeliveriesToTheNextWorker() throws Exception {
    workers.queue().enqueue(toChannel("d1"));
    DeliveryWorker first = workers.start(fast("i1"));
    assertThat(first.awaitIdle(IDLE)).isTrue();

    first.close();
    first.close();
    workers.queue().enqueue(toChannel("d2"));

    assertThat(Workers.readers("i1")).isEmpty();
    assertThat(first.sendingThreads()).isEmpty();
    assertThatThrownBy(first::start).isInstanceOf(IllegalStateException.class);
    assertThat(workers.queue().pending()).isEqualTo(1);
    DeliveryWorker next = workers.start(fast("i2"));
    assertThat(next.awaitIdle(IDLE)).isTrue();
    assertThat(slack.sentSummaries()).containsExactly("d1", "d2");
    assertThat(workers.queue().pending()).isZero();
  }
}
