package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
  void readWaitsForNewEntriesUpToBlockFor() {
    long start = System.nanoTime();

    assertThat(queue.read("a", 10, Duration.ofMillis(300))).isEmpty();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(250));
  }

  @Test
  void aCrashedConsumersEntriesAreReclaimedOnlyOnceIdleLongEnough() throws Exception {
    IntStream.range(0, 3).forEach(i -> queue.enqueue(delivery("d" + i)));
    queue.read("crashed", 10, Duration.ZERO);

    assertThat(queue.reclaim("b", Duration.ofSeconds(5), 10)).isEmpty();
    Thread.sleep(150);
    List<QueuedDelivery> taken = queue.reclaim("b", Duration.ofMillis(100), 10);

    assertThat(ids(taken)).containsExactly("d0", "d1", "d2");
    assertThat(queue.reclaim("c", Duration.ofMillis(100), 10)).isEmpty();
  }

  @Test
  void reclaimTakesAtMostMax() throws Exception {
    IntStream.range(0, 5).forEach(i -> queue.enqueue(delivery("d" + i)));
    queue.read("crashed", 10, Duration.ZERO);
    Thread.sleep(50);

    assertThat(queue.reclaim("b", Duration.ofMillis(10), 2)).hasSize(2);
    assertThat(queue.reclaim("c", Duration.ZERO, 10)).hasSize(5);
  }

  @Test
  void touchingAnEntryKeepsItFromBeingReclaimed() throws Exception {
    queue.enqueue(delivery("d1"));
    QueuedDelivery entry = queue.read("a", 10, Duration.ZERO).get(0);
    Thread.sleep(200);

    queue.touch("a", entry);

    assertThat(queue.reclaim("b", Duration.ofMillis(150), 10)).isEmpty();
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
