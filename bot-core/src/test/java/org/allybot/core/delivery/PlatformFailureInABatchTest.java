package org.allybot.core.delivery;

import static org.allybot.core.delivery.TestDeliveries.IDLE;
import static org.allybot.core.delivery.TestDeliveries.WS;
import static org.allybot.core.delivery.TestDeliveries.fast;
import static org.allybot.core.delivery.TestDeliveries.fastLimiter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.allybot.core.DeliveryException;
import org.allybot.core.Platform;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.message.Message;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One sender's batch of ten, where the platform fails the seventh post only. */
@ExtendWith(EmbeddedRedisExtension.class)
final class PlatformFailureInABatchTest {
  private static final List<String> TEN = IntStream.range(0, 10).mapToObj(i -> "d" + i).toList();

  private final RecordingChatPlatform slack = spy(new RecordingChatPlatform(Platform.SLACK));

  @RegisterExtension final Workers workers = new Workers(slack);

  /** The platform throws {@code failure} at its seventh post and posts every other. */
  private void failSeventhPost(DeliveryException failure) throws DeliveryException {
    AtomicInteger posts = new AtomicInteger();
    doAnswer(
            post -> {
              if (posts.incrementAndGet() == 7) {
                throw failure;
              }
              return post.callRealMethod();
            })
        .when(slack)
        .send(any(), any());
  }

  private DeliveryWorker sendTen() {
    workers.queue().enqueueAll(TEN.stream().map(TestDeliveries::toChannel).toList());
    return workers.start(fast("a").withSenders(1), fastLimiter());
  }

  private static Message summary(String id) {
    return argThat(message -> message.summary().equals(id));
  }

  @Test
  void aSeventhPostThatFailsOnceIsRetriedAndEveryMessageIsPostedOnceInOrder() throws Exception {
    failSeventhPost(new DeliveryException.Transient("HTTP 503"));

    assertThat(sendTen().awaitIdle(IDLE)).isTrue();

    assertThat(slack.sentSummaries()).containsExactlyElementsOf(TEN);
    verify(slack, times(2)).send(any(), summary("d6"));
    verify(slack, times(11)).send(any(), any());
    assertThat(workers.queue().pending()).isZero();
    assertThat(workers.parked(WS)).isEmpty();
  }

  @Test
  void aSeventhPostRefusedForGoodIsParkedAndTheOtherNineArePostedOnce() throws Exception {
    failSeventhPost(new DeliveryException.Permanent("channel_not_found"));

    assertThat(sendTen().awaitIdle(IDLE)).isTrue();

    assertThat(slack.sentSummaries())
        .containsExactly("d0", "d1", "d2", "d3", "d4", "d5", "d7", "d8", "d9");
    verify(slack, times(10)).send(any(), any());
    assertThat(workers.queue().pending()).isZero();
    assertThat(workers.parked(WS))
        .extracting(ParkedDelivery::deliveryId, ParkedDelivery::reason, ParkedDelivery::attempts)
        .containsExactly(tuple("d6", "channel_not_found", 1));
  }
}
