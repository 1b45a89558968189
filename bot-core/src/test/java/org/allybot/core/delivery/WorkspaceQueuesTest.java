package org.allybot.core.delivery;

import static org.allybot.core.delivery.TestDeliveries.IDLE;
import static org.allybot.core.delivery.TestDeliveries.fast;
import static org.allybot.core.delivery.TestDeliveries.idle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.ManualClock;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.WorkspaceId;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One workspace's used-up rate does not hold up another workspace's deliveries. */
@ExtendWith(EmbeddedRedisExtension.class)
final class WorkspaceQueuesTest {
  static final WorkspaceId BUSY = new WorkspaceId(Platform.SLACK, "T1");
  static final WorkspaceId QUIET = new WorkspaceId(Platform.SLACK, "T2");

  private final SteppedTicker time = new SteppedTicker(new ManualClock());

  @RegisterExtension
  final Workers workers = new Workers(new RecordingChatPlatform(Platform.SLACK, time));

  private final RecordingChatPlatform slack = workers.slack;

  /** Workspaces may each post {@code perSecond} of fake time, in any conversations. */
  private RateLimiter limiter(double perSecond) {
    RateLimits limits = RateLimits.slack(perSecond, 10_000, 10_000);
    return new RateLimiter(Map.of(Platform.SLACK, limits), time.clock(), time);
  }

  private static List<Delivery> toChannel(WorkspaceId ws, String prefix, int count) {
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      deliveries.add(Delivery.toChannel(prefix + i, ws, "C" + i, Delivery.Kind.DIGEST, Map.of()));
    }
    return deliveries;
  }

  private List<RecordingChatPlatform.Sent> sentTo(WorkspaceId workspace) {
    return slack.sends().stream().filter(s -> s.to().workspace().equals(workspace)).toList();
  }

  @Test
  void aQuietWorkspacesDeliveriesPassABusyWorkspacesBacklog() throws Exception {
    workers.queue().enqueueAll(toChannel(BUSY, "busy", 100));
    workers.queue().enqueueAll(toChannel(QUIET, "quiet", 4));
    RateLimiter limiter = limiter(200); // 4 at once, then 192 a second (paced at 96 %)
    for (int i = 0; i < 4; i++) {
      limiter.acquireSend(new Recipient(BUSY, "C-earlier")); // the busy one's burst is used up
    }

    // While the clock stands still the busy workspace sends nothing, and the quiet one, queued
    // behind five batches of the busy one's (more than the four senders can hold), sends its 4.
    DeliveryWorker worker = workers.start(fast("a"), limiter);
    await().atMost(IDLE).until(() -> sentTo(QUIET).size() == 4);
    assertThat(sentTo(BUSY)).isEmpty();

    time.advanceUntil(() -> idle(worker), Duration.ofMillis(1));
    List<RecordingChatPlatform.Sent> busy = sentTo(BUSY);
    assertThat(busy).hasSize(100);
    for (int i = 0; i < busy.size(); i++) {
      long due = (i + 1) * 1_000_000_000L / 192;
      assertThat(busy.get(i).atNanos())
          .as("the busy workspace's send %d is still held to its rate", i)
          .isGreaterThanOrEqualTo(due - 1_000);
    }
    assertThat(slack.sentSummaries()).hasSize(104).doesNotHaveDuplicates();
    assertThat(workers.queue().pending()).isZero();
  }

  @Test
  void fiftySlowWorkspacesEachStartAtOnceAndKeepTheirOwnRate() throws Exception {
    List<WorkspaceId> all = new ArrayList<>();
    for (int w = 0; w < 50; w++) {
      WorkspaceId workspace = new WorkspaceId(Platform.SLACK, "TW" + w);
      all.add(workspace);
      workers.queue().enqueueAll(toChannel(workspace, workspace.id() + "-", 10));
    }
    long start = time.nanoTime();
    DeliveryWorker worker = workers.start(fast("a"), limiter(5)); // paced at 4.8 a second each

    // While the clock stands still each workspace posts the one permit it has saved up: none waits
    // behind another's rate, though the readers hold five times what they read in one go.
    await().atMost(IDLE).until(() -> slack.sends().size() >= 50);
    assertThat(slack.sends())
        .extracting(s -> s.to().workspace())
        .containsExactlyInAnyOrderElementsOf(all);

    time.advanceUntil(() -> idle(worker), Duration.ofMillis(10));
    assertThat(slack.sentSummaries()).hasSize(500).doesNotHaveDuplicates();
    for (WorkspaceId workspace : all) {
      List<RecordingChatPlatform.Sent> sends = sentTo(workspace);
      for (int i = 0; i < sends.size(); i++) {
        double due = start + i * 1e9 / 4.8;
        assertThat(sends.get(i).atNanos())
            .as("%s send %d is held to the workspace's own rate", workspace.id(), i)
            .isGreaterThanOrEqualTo((long) due - 1_000);
      }
    }
  }

  @Test
  void aWorkspaceAtTwoPostsASecondIsSentByOneThread() throws Exception {
    workers.queue().enqueueAll(toChannel(BUSY, "slow", 60)); // three batches, read in one go

    assertThat(sendingThreadsOnceItSends(limiter(2), 60)).hasSize(1);
  }

  @Test
  void aFastWorkspaceGetsAThreadPerBatchWaiting() throws Exception {
    workers.queue().enqueueAll(toChannel(BUSY, "fast", 60));

    assertThat(sendingThreadsOnceItSends(limiter(200), 60)).hasSize(3);
  }

  @Test
  void aFastWorkspaceSendsOnSixteenThreadsAtMost() throws Exception {
    workers.queue().enqueueAll(toChannel(BUSY, "fast", 400)); // twenty batches

    assertThat(sendingThreadsOnceItSends(limiter(200), 400)).hasSize(WorkspaceQueues.MAX_SENDERS);
  }

  /**
   * The sending threads of a worker with {@code limiter}, taken once the first post is out: the
   * clock stands still, so the others wait for permits. Then time runs until all is sent.
   */
  private List<Thread> sendingThreadsOnceItSends(RateLimiter limiter, int entries) {
    DeliveryWorker worker = workers.start(fast("a"), limiter);
    await().atMost(IDLE).until(() -> !slack.sends().isEmpty());
    List<Thread> threads = worker.sendingThreads();
    time.advanceUntil(() -> idle(worker), Duration.ofMillis(100));
    assertThat(slack.sentSummaries()).hasSize(entries).doesNotHaveDuplicates();
    return threads;
  }

  @Test
  void entriesWaitingForTheirWorkspacesRateAreKeptFromBeingReclaimed() throws Exception {
    workers.queue().enqueueAll(toChannel(BUSY, "waits", 60));
    Duration idle =
        Duration.ofSeconds(3); // touched each second: two chances to miss on a slow machine
    DeliveryWorker worker =
        workers.start(fast("a").withReclaim(idle, Duration.ofHours(1)), limiter(2));
    await().atMost(IDLE).until(() -> !slack.sends().isEmpty());

    // The clock stands still, so 59 wait (in a sender's hands or its queue) well past the idle
    // time, in real time, as the queue counts it: their reader keeps them claimed meanwhile.
    Thread.sleep(idle.multipliedBy(2).toMillis());

    assertThat(workers.queue().reclaim("other-0", idle, 100)).isEmpty();
    time.advanceUntil(() -> idle(worker), Duration.ofMillis(100));
    assertThat(slack.sentSummaries()).hasSize(60).doesNotHaveDuplicates();
  }

  @Test
  void closingLeavesWhatWaitsForItsWorkspaceForAnotherInstanceAndEachIsSentOnce() throws Exception {
    workers.queue().enqueueAll(toChannel(BUSY, "busy", 30));
    DeliveryWorker a = workers.start(fast("a"), limiter(10));
    time.advanceUntil(() -> slack.sends().size() >= 5, Duration.ofMillis(100));

    // Time goes on while it closes, so that threads waiting for a permit see the close.
    Thread closing = Thread.ofPlatform().start(a::close);
    time.advanceUntil(() -> !closing.isAlive(), Duration.ofMillis(100));
    long left = workers.queue().pending();
    assertThat(left).isPositive();
    int sentBefore = slack.sends().size();
    DeliveryWorker b =
        workers.start(fast("b").withReclaim(Duration.ofMillis(300), Duration.ofMillis(100)));

    assertThat(b.awaitIdle(IDLE)).isTrue();
    assertThat(slack.sends().size() - sentBefore).isEqualTo((int) left);
    assertThat(slack.sentSummaries()).hasSize(30).doesNotHaveDuplicates();
  }
}
