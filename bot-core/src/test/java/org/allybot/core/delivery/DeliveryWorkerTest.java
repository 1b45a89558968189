package org.allybot.core.delivery;

import static org.allybot.core.delivery.TestDeliveries.IDLE;
import static org.allybot.core.delivery.TestDeliveries.WS;
import static org.allybot.core.delivery.TestDeliveries.fast;
import static org.allybot.core.delivery.TestDeliveries.fastLimiter;
import static org.allybot.core.delivery.TestDeliveries.toChannel;
import static org.allybot.core.delivery.TestDeliveries.toMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.store.TestRedis;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One instance sending: each delivery once, to the right conversation. */
@ExtendWith(EmbeddedRedisExtension.class)
final class DeliveryWorkerTest {
  private final RecordingChatPlatform slack = new RecordingChatPlatform(Platform.SLACK);
  private final RecordingComposer composer = new RecordingComposer();
  private TestRedis redis;
  private DeliveryStores stores;
  private DeliveryWorker worker;

  @BeforeEach
  void connect(RedisEndpoint endpoint) {
    redis = TestRedis.connectEmpty(endpoint);
    stores = redis.deliveryStores();
  }

  @AfterEach
  void stop() {
    if (worker != null) {
      worker.close();
    }
    redis.close();
  }

  private void start(DeliverySettings settings) {
    worker =
        new DeliveryWorker(
            stores, composer, Map.of(Platform.SLACK, slack), fastLimiter(), settings);
    worker.start();
  }

  private List<ParkedDelivery> parked() {
    return stores.parked().list(WS);
  }

  @Test
  void aQueuedDeliveryIsSentOnceAndAcknowledged() throws Exception {
    stores.queue().enqueue(toChannel("d1"));
    start(fast("i1"));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(slack.sends())
        .singleElement()
        .satisfies(sent -> assertThat(sent.to()).isEqualTo(new Recipient(WS, "C1")));
    assertThat(slack.sentSummaries()).containsExactly("d1");
    assertThat(composer.sentIds()).containsExactly("d1");
    assertThat(stores.queue().pending()).isZero();
    assertThat(parked()).isEmpty();
  }

  @Test
  void theSameDeliveryQueuedTwicePostsOnce() throws Exception {
    stores.queue().enqueue(toChannel("d1"));
    stores.queue().enqueue(toChannel("d1"));
    start(fast("i1"));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(slack.sentSummaries()).containsExactly("d1");
    assertThat(stores.queue().pending()).isZero();
  }

  @Test
  void aDeliveryAlreadySentBeforeIsNotPostedAgain() throws Exception {
    stores.queue().enqueue(toChannel("d1"));
    start(fast("i1"));
    worker.awaitIdle(IDLE);

    stores.queue().enqueue(toChannel("d1"));

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
    stores.queue().enqueueAll(deliveries);
    start(fast("i1"));

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
    List<Delivery> ten = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ten.add(toChannel("d" + i));
    }
    stores.queue().enqueueAll(ten);
    worker =
        new DeliveryWorker(
            stores,
            composer,
            Map.of(Platform.SLACK, slack),
            new RateLimiter(Map.of(Platform.SLACK, RateLimits.uniform(5))),
            fast("i1").withSenders(1).withReclaim(Duration.ofMillis(600), Duration.ofSeconds(10)));
    worker.start();

    // At 5 a second the batch of ten takes two seconds; sent entries may wait 200 ms at most.
    await().atMost(IDLE).until(() -> stores.queue().pending() < 10);
    assertThat(slack.sends().size()).isLessThan(10);
    assertThat(worker.awaitIdle(IDLE)).isTrue();
    assertThat(slack.sentSummaries()).hasSize(10).doesNotHaveDuplicates();
  }

  @Test
  void aMalformedEntryDoesNotStopTheWorker() throws Exception {
    redis.enqueueRaw("{broken");
    stores.queue().enqueue(toChannel("d1"));
    start(fast("i1"));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(slack.sentSummaries()).containsExactly("d1");
  }

  @Test
  void aDeliveryForAPlatformThatIsOffIsParked() throws Exception {
    WorkspaceId teams = new WorkspaceId(Platform.TEAMS, "tenant-1");
    stores
        .queue()
        .enqueue(Delivery.toChannel("d1", teams, "19:abc", Delivery.Kind.NOTICE, Map.of()));
    start(fast("i1"));

    assertThat(worker.awaitIdle(IDLE)).isTrue();

    assertThat(stores.parked().list(teams))
        .extracting(ParkedDelivery::reason)
        .containsExactly("no adapter for TEAMS");
  }

  @Test
  void closingTwiceIsHarmless() {
    start(fast("i1"));

    worker.close();
    worker.close();
  }
}
