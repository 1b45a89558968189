package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.DeliveryQueue;
import org.allybot.core.delivery.QueuedDelivery;
import org.junit.jupiter.api.Test;

@FreshRedis.Each
final class RedisDeliveryQueueTest {
  private static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, "T1");

  private final TestRedis redis;
  private final DeliveryQueue queue;

  RedisDeliveryQueueTest(TestRedis redis) {
    this.redis = redis;
    this.queue = new RedisDeliveryQueue(redis.client());
  }

  private static Delivery delivery(String id) {
    return Delivery.toMember(id, WS, "U" + id, Delivery.Kind.LESSON, Map.of("lesson", "l1"));
  }

  private static List<String> ids(List<QueuedDelivery> entries) {
    return entries.stream().map(e -> e.delivery().id()).toList();
  }

  @Test
  void anEnqueuedDeliveryIsReadBackWhole() {
    queue.enqueue(delivery("d1"));

    List<QueuedDelivery> read = queue.read("a", 10, Duration.ZERO);

    assertThat(read).extracting(QueuedDelivery::delivery).containsExactly(delivery("d1"));
  }

  @Test
  void entriesHandedOverByAConsumerThatStopsAreReclaimedAtOnceAndStayPending() {
    IntStream.range(0, 5).forEach(i -> queue.enqueue(delivery("d" + i)));
    queue.read("a-0", 3, Duration.ZERO);
    assertThat(queue.reclaim("b-0", Duration.ofSeconds(60), 10)).isEmpty();

    int handed = queue.handOver("a-0", Duration.ofSeconds(60));

    assertThat(handed).isEqualTo(3);
    assertThat(queue.pending()).isEqualTo(5);
    assertThat(ids(queue.reclaim("b-0", Duration.ofSeconds(60), 10)))
        .containsExactly("d0", "d1", "d2");
    assertThat(queue.handOver("a-0", Duration.ofSeconds(60))).isZero();
  }

  @Test
  void theOldestEntryStillQueuedIsAgedByRedisOwnClock() {
    assertThat(queue.oldestAge()).isEmpty();
    queue.enqueue(delivery("d1"));
    queue.enqueue(delivery("d2"));

    // Redis dates the entry and measures its age: the application's clock takes no part, so the
    // age is small even where the two clocks are years apart (as under .ci/any-date.sh).
    assertThat(queue.oldestAge().orElseThrow()).isBetween(Duration.ZERO, Duration.ofMinutes(1));
    queue.ackAll(queue.read("a", 1, Duration.ZERO));
    assertThat(queue.oldestAge()).isPresent();
    queue.ackAll(queue.read("a", 1, Duration.ZERO));
    assertThat(queue.oldestAge()).isEmpty();
  }

  @Test
  void eachEntryGoesToOneConsumerOnly() {
    IntStream.range(0, 6).forEach(i -> queue.enqueue(delivery("d" + i)));

    List<String> a = ids(queue.read("a", 3, Duration.ZERO));
    List<String> b = ids(queue.read("b", 10, Duration.ZERO));

    assertThat(a).hasSize(3).doesNotContainAnyElementsOf(b);
    assertThat(b).hasSize(3);
    assertThat(queue.read("c", 10, Duration.ZERO)).isEmpty();
  }

  @Test
  void anEntryStaysPendingUntilAcknowledged() {
    queue.enqueueAll(List.of(delivery("d1"), delivery("d2")));
    List<QueuedDelivery> read = queue.read("a", 10, Duration.ZERO);
    assertThat(queue.pending()).isEqualTo(2);

    queue.ack(read.get(0));

    assertThat(queue.pending()).isEqualTo(1);
  }

  @Test
  void entriesAcknowledgedTogetherAreNeverHandedOutAgain() throws Exception {
    queue.enqueueAll(List.of(delivery("d1"), delivery("d2"), delivery("d3")));
    List<QueuedDelivery> read = queue.read("a", 10, Duration.ZERO);

    queue.ackAll(read.subList(0, 2));

    assertThat(queue.pending()).isEqualTo(1);
    assertThat(ids(queue.reclaim("b", Duration.ZERO, 10))).containsExactly("d3");
  }

  @Test
  void aReadWithABlockTimeReturnsAnEntryEnqueuedWhileItWaits() throws Exception {
    CompletableFuture<List<QueuedDelivery>> read =
        CompletableFuture.supplyAsync(() -> queue.read("a", 10, Duration.ofMinutes(1)));
    await().atMost(Duration.ofSeconds(30)).until(() -> redis.blockedClients() == 1);

    queue.enqueue(delivery("d1"));

    assertThat(ids(read.get(30, TimeUnit.SECONDS))).containsExactly("d1");
  }

  @Test
  void aReadWithABlockTimeAndNothingToReadEndsEmpty() {
    assertThat(queue.read("a", 10, Duration.ofMillis(300))).isEmpty();
  }

  @Test
  void aCrashedConsumersEntriesAreReclaimedOnlyOnceIdleLongEnough() {
    IntStream.range(0, 3).forEach(i -> queue.enqueue(delivery("d" + i)));
    queue.read("crashed", 10, Duration.ZERO);

    assertThat(queue.reclaim("b", Duration.ofMinutes(1), 10)).isEmpty();
    redis.age("crashed", Duration.ofMinutes(2));
    List<QueuedDelivery> taken = queue.reclaim("b", Duration.ofMinutes(1), 10);

    assertThat(ids(taken)).containsExactly("d0", "d1", "d2");
    assertThat(queue.reclaim("c", Duration.ofMinutes(1), 10)).isEmpty();
  }

  @Test
  void reclaimTakesAtMostMax() {
    IntStream.range(0, 5).forEach(i -> queue.enqueue(delivery("d" + i)));
    queue.read("crashed", 10, Duration.ZERO);
    redis.age("crashed", Duration.ofMinutes(2));

    assertThat(queue.reclaim("b", Duration.ofMinutes(1), 2)).hasSize(2);
    assertThat(queue.reclaim("c", Duration.ZERO, 10)).hasSize(5);
  }

  @Test
  void touchingAnEntryKeepsItFromBeingReclaimed() {
    queue.enqueueAll(List.of(delivery("d1"), delivery("d2")));
    List<QueuedDelivery> held = queue.read("a", 10, Duration.ZERO);
    redis.age("a", Duration.ofMinutes(2));

    queue.touchAll("a", List.of(held.getFirst()));

    assertThat(ids(queue.reclaim("b", Duration.ofMinutes(1), 10))).containsExactly("d2");
  }

  @Test
  void aMalformedEntryIsDroppedAndTheRestStillArrive() {
    redis.enqueueRaw("{not json");
    redis.enqueueRaw("{\"id\":\"x\",\"data\":{}}");
    queue.enqueue(delivery("good"));

    List<QueuedDelivery> read = queue.read("a", 10, Duration.ZERO);

    assertThat(ids(read)).containsExactly("good");
    assertThat(queue.pending()).isEqualTo(1);
  }

  @Test
  void theGroupComesBackWhenTheStreamWasDeleted() {
    queue.enqueue(delivery("d1"));
    redis.client().flushAll();

    queue.enqueue(delivery("d2"));

    assertThat(ids(queue.read("a", 10, Duration.ZERO))).containsExactly("d2");
  }

  @Test
  void entriesEnqueuedBeforeAnotherInstanceCreatedTheGroupAreRead() {
    redis.enqueueRaw(Json.write(delivery("early")));

    assertThat(ids(queue.read("a", 10, Duration.ZERO))).containsExactly("early");
  }
}
