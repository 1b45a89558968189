package org.allybot.core.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.allybot.core.store.TestRedis;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How one batch is settled with the LRS: retried, halved, set aside; waits recorded, not slept. */
@ExtendWith(EmbeddedRedisExtension.class)
class BatchDeliveryTest {
  private static final ForwardingSettings SETTINGS =
      ForwardingSettings.defaults("test").withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8));

  private TestRedis redis;
  private StatementQueue queue;
  private final ScriptedLrs lrs = new ScriptedLrs();
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  private boolean closing;

  @BeforeEach
  void connect(RedisEndpoint endpoint) {
    redis = TestRedis.connectEmpty(endpoint);
    queue = redis.statementQueue();
  }

  @AfterEach
  void disconnect() {
    redis.close();
  }

  private List<QueuedStatement> queued(int count) {
    IntStream.range(0, count)
        .forEach(i -> queue.append(new Statement("s" + i, "{\"id\":\"s" + i + "\"}")));
    return queue.read("c1", 50, Duration.ZERO);
  }

  private void deliver(List<QueuedStatement> batch) {
    new BatchDelivery(
            queue,
            lrs,
            SETTINGS,
            wait -> {
              waits.add(wait);
              return closing;
            })
        .deliver("c1", batch);
  }

  private static LrsOutcome later(Duration retryAfter) {
    return new LrsOutcome.RetryLater(Optional.ofNullable(retryAfter), "HTTP 503");
  }

  @Test
  void aBatchTheLrsTakesLeavesTheQueue() {
    deliver(queued(3));

    assertThat(lrs.batches()).containsExactly(List.of("s0", "s1", "s2"));
    assertThat(queue.waiting()).isZero();
    assertThat(waits).isEmpty();
  }

  @Test
  void retryAfterIsHonouredAndThenTheSameBatchIsSentAgain() {
    lrs.then(later(Duration.ofSeconds(7)), 1);

    deliver(queued(2));

    assertThat(waits).containsExactly(Duration.ofSeconds(7));
    assertThat(lrs.batches()).containsExactly(List.of("s0", "s1"), List.of("s0", "s1"));
    assertThat(queue.waiting()).isZero();
  }

  @Test
  void withoutRetryAfterTheWaitsDoubleWithJitterUpToTheMaximum() {
    lrs.then(later(null), 6);

    deliver(queued(1));

    List<Long> ceilings = List.of(1000L, 2000L, 4000L, 8000L, 8000L, 8000L);
    assertThat(waits).hasSize(6);
    for (int i = 0; i < 6; i++) {
      assertThat(waits.get(i).toMillis()).isBetween(ceilings.get(i) / 2, ceilings.get(i));
    }
    assertThat(lrs.stored()).containsExactly("s0");
  }

  @Test
  void aLongWaitIsTakenInStepsSoTheBatchStaysOwnedAndAnAbsurdOneIsCapped() {
    lrs.then(later(Duration.ofSeconds(150)), 1).then(later(Duration.ofDays(2)), 1);

    deliver(queued(1));

    assertThat(waits.subList(0, 3))
        .containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(30));
    assertThat(waits.subList(3, waits.size()).stream().reduce(Duration.ZERO, Duration::plus))
        .isEqualTo(SETTINGS.maxRetryAfter());
  }

  @Test
  void aRetryAfterOfZeroStillWaitsTheFirstBackoff() {
    lrs.then(later(Duration.ZERO), 1);

    deliver(queued(1));

    assertThat(waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void aRefusedBatchIsHalvedUntilTheRefusedStatementStandsAloneAndOnlyItIsSetAside() {
    lrs.refusing("s7", 400);

    deliver(queued(10));

    assertThat(lrs.stored()).hasSize(9).doesNotContain("s7");
    assertThat(queue.setAsideCount()).isEqualTo(1);
    assertThat(redis.setAsideStatements()).singleElement().asString().contains("s7");
    assertThat(queue.waiting()).isZero();
    assertThat(lrs.batches().size()).isLessThanOrEqualTo(1 + 2 * 4);
  }

  @Test
  void aConflictOnAStatementAloneMeansTheLrsHoldsItAlready() {
    lrs.refusing("s1", 409);

    deliver(queued(2));

    assertThat(queue.setAsideCount()).isZero();
    assertThat(queue.waiting()).isZero();
  }

  @Test
  void aBatchHoldingOneStatementTwiceSendsItOnce() {
    queue.append(new Statement("same", "{\"id\":\"same\"}"));
    queue.append(new Statement("same", "{\"id\":\"same\"}"));

    deliver(queue.read("c1", 50, Duration.ZERO));

    assertThat(lrs.batches()).containsExactly(List.of("same"));
    assertThat(queue.waiting()).isZero();
  }

  @Test
  void closingWhileWaitingLeavesTheBatchForAnotherConsumer() {
    lrs.then(later(null), 1);
    closing = true;

    deliver(queued(2));

    assertThat(queue.waiting()).isEqualTo(2);
    assertThat(queue.reclaim("c2", Duration.ZERO, 50)).hasSize(2);
  }
}
