package org.allybot.core.delivery;

import static org.allybot.core.delivery.TestDeliveries.IDLE;
import static org.allybot.core.delivery.TestDeliveries.fast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.WorkspaceId;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One workspace's used-up rate does not hold up another workspace's deliveries. */
@ExtendWith(EmbeddedRedisExtension.class)
final class WorkspaceLanesTest {
  static final WorkspaceId BUSY = new WorkspaceId(Platform.SLACK, "T1");
  static final WorkspaceId QUIET = new WorkspaceId(Platform.SLACK, "T2");

  @RegisterExtension final Workers workers = new Workers();
  private final RecordingChatPlatform slack = workers.slack;

  /** A worker whose Slack workspaces may each post {@code perSecond}, in any conversations. */
  private DeliveryWorker start(DeliverySettings settings, double perSecond) {
    return workers.start(
        settings,
        new RateLimiter(
            Map.of(
                Platform.SLACK,
                new RateLimits(perSecond, 10_000, 10_000, RateLimits.DEFAULT_BURST))));
  }

  private static List<Delivery> toChannel(WorkspaceId ws, String prefix, int count) {
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      deliveries.add(Delivery.toChannel(prefix + i, ws, "C" + i, Delivery.Kind.DIGEST, Map.of()));
    }
    return deliveries;
  }

  private List<WorkspaceId> sendOrder() {
    return slack.sends().stream().map(s -> s.to().workspace()).toList();
  }

  @Test
  void aQuietWorkspacesDeliveriesPassABusyWorkspacesBacklog() throws Exception {
    workers.queue().enqueueAll(toChannel(BUSY, "busy", 40));
    workers.queue().enqueueAll(toChannel(QUIET, "quiet", 4));

    DeliveryWorker worker = start(fast("a"), 20);

    assertThat(worker.awaitIdle(IDLE)).isTrue();
    List<WorkspaceId> order = sendOrder();
    assertThat(order).hasSize(44);
    assertThat(order.lastIndexOf(QUIET))
        .as("queued behind 40 of the busy workspace's, at 20/s, but not waiting for them")
        .isLessThan(15);
    List<RecordingChatPlatform.Sent> busy =
        slack.sends().stream().filter(s -> s.to().workspace().equals(BUSY)).toList();
    assertThat(Duration.ofNanos(busy.getLast().atNanos() - busy.getFirst().atNanos()))
        .as("the busy workspace is still held to its rate")
        .isGreaterThanOrEqualTo(Duration.ofMillis(1_800));
    assertThat(slack.sentSummaries()).hasSize(44).doesNotHaveDuplicates();
    assertThat(workers.queue().pending()).isZero();
  }

  @Test
  void closingLeavesWhatWaitsInALaneForAnotherInstanceAndEachIsSentOnce() throws Exception {
    workers.queue().enqueueAll(toChannel(BUSY, "busy", 30));
    DeliveryWorker a = start(fast("a"), 10);
    await().atMost(IDLE).until(() -> slack.sends().size() >= 5);

    a.close();
    long left = workers.queue().pending();
    assertThat(left).isPositive();
    int sentBefore = slack.sends().size();
    DeliveryWorker b =
        start(fast("b").withReclaim(Duration.ofMillis(300), Duration.ofMillis(100)), 1_000);

    assertThat(b.awaitIdle(IDLE)).isTrue();
    assertThat(slack.sends().size() - sentBefore).isEqualTo((int) left);
    assertThat(slack.sentSummaries()).hasSize(30).doesNotHaveDuplicates();
  }
}
