package org.allybot.core.delivery;

import static org.allybot.core.delivery.TestDeliveries.IDLE;
import static org.allybot.core.delivery.TestDeliveries.WS;
import static org.allybot.core.delivery.TestDeliveries.fast;
import static org.allybot.core.delivery.TestDeliveries.fastLimiter;
import static org.allybot.core.delivery.TestDeliveries.toChannel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import java.time.Duration;
import org.allybot.core.store.TestRedis;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis failing at one exact write of a delivery, on the real stores otherwise: the ledger's claim
 * still stops a second post, and the queue still empties.
 */
@ExtendWith(EmbeddedRedisExtension.class)
final class StoreFailureDuringDeliveryTest {
  /** One sender that reclaims what it left pending after 300 ms. */
  private static final DeliverySettings SETTINGS =
      fast("a").withSenders(1).withReclaim(Duration.ofMillis(300), Duration.ofMillis(100));

  @RegisterExtension final Workers workers = new Workers();

  @Test
  void aDeliveryWhoseSentMarkAndAcknowledgementBothFailIsReclaimedAndDroppedNotPostedAgain()
      throws Exception {
    DeliveryStores stores = workers.newInstanceStores();
    DeliveryLedger ledger = spy(stores.ledger());
    DeliveryQueue queue = spy(stores.queue());
    // The post went out; then Redis drops before "sent" is written and before the ack.
    doThrow(TestRedis.connectionLost()).doCallRealMethod().when(ledger).markSent(anyList());
    doThrow(TestRedis.connectionLost()).doCallRealMethod().when(queue).ackAll(anyList());
    workers.queue().enqueue(toChannel("d1"));

    DeliveryWorker worker =
        workers.start(with(stores, queue, ledger), SETTINGS, fastLimiter(), workers.slack);

    assertThat(worker.awaitIdle(IDLE)).isTrue();
    assertThat(workers.slack.sentSummaries()).containsExactly("d1");
    assertThat(workers.queue().pending()).isZero();
    assertThat(workers.parked(WS)).isEmpty();
    assertThat(workers.stores().ledger().begin(WS, "d1"))
        .as("still claimed: no later hand-out posts it")
        .isFalse();
  }

  @Test
  void aClaimThatFailsToBeWrittenIsRetriedAndTheDeliveryPostedOnce() throws Exception {
    DeliveryStores stores = workers.newInstanceStores();
    DeliveryLedger ledger = spy(stores.ledger());
    doThrow(TestRedis.connectionLost()).doCallRealMethod().when(ledger).begin(eq(WS), any());
    workers.queue().enqueue(toChannel("d1"));

    DeliveryWorker worker =
        workers.start(with(stores, stores.queue(), ledger), SETTINGS, fastLimiter(), workers.slack);

    assertThat(worker.awaitIdle(IDLE)).isTrue();
    assertThat(workers.slack.attempts()).isEqualTo(1);
    assertThat(workers.slack.sentSummaries()).containsExactly("d1");
    assertThat(workers.parked(WS)).isEmpty();
  }

  private static DeliveryStores with(
      DeliveryStores stores, DeliveryQueue queue, DeliveryLedger ledger) {
    return new DeliveryStores(queue, ledger, stores.parked(), stores.directChannels());
  }
}
