package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.Thread.State;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.allybot.core.ChatPlatform;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.DirectChannels;
import org.allybot.core.message.Message;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.Test;

@FreshRedis.Each
final class RedisDirectChannelsTest {
  private static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, "T1");
  private static final UserRef ANA = new UserRef(WS, "U1");

  private final DirectChannels channels;
  private final RecordingChatPlatform slack = new RecordingChatPlatform(Platform.SLACK);

  RedisDirectChannelsTest(TestRedis redis) {
    this.channels = new RedisDirectChannels(redis.client());
  }

  @Test
  void opensTheConversationTheFirstTimeOnly() throws Exception {
    Recipient first = channels.recipientFor(ANA, slack);
    Recipient again = channels.recipientFor(ANA, slack);

    assertThat(first).isEqualTo(new Recipient(WS, "D-U1")).isEqualTo(again);
    assertThat(slack.opens()).containsExactly(ANA);
  }

  @Test
  void anotherInstanceReusesTheStoredConversation(RedisEndpoint endpoint) throws Exception {
    channels.recipientFor(ANA, slack);
    try (TestRedis other = TestRedis.connect(endpoint)) {
      new RedisDirectChannels(other.client()).recipientFor(ANA, slack);
    }

    assertThat(slack.opens()).hasSize(1);
  }

  @Test
  void oneLookupFindsTheStoredConversationsOfMembersOfSeveralWorkspaces() throws Exception {
    WorkspaceId teams = new WorkspaceId(Platform.TEAMS, "tenant-2");
    UserRef sameIdElsewhere = new UserRef(teams, "U1");
    channels.recipientFor(ANA, slack);
    channels.recipientFor(sameIdElsewhere, slack);

    assertThat(channels.known(List.of(ANA, new UserRef(WS, "U2"), sameIdElsewhere)))
        .containsOnly(
            Map.entry(ANA, new Recipient(WS, "D-U1")),
            Map.entry(sameIdElsewhere, new Recipient(teams, "D-U1")));
  }

  @Test
  void anOpenAfterALookupThatFoundNothingTakesWhatAnotherSenderStoredMeanwhile() throws Exception {
    long lookedUpAt = System.nanoTime();
    assertThat(channels.known(List.of(ANA))).isEmpty();
    Recipient storedMeanwhile = channels.recipientFor(ANA, slack);

    assertThat(channels.open(ANA, slack, lookedUpAt)).isEqualTo(storedMeanwhile);
    assertThat(slack.opens()).containsExactly(ANA);
  }

  @Test
  void forgettingAMemberOpensTheirConversationAgain() throws Exception {
    channels.recipientFor(ANA, slack);
    channels.forget(ANA);
    channels.recipientFor(ANA, slack);

    assertThat(slack.opens()).containsExactly(ANA, ANA);
  }

  @Test
  void concurrentFirstDeliveriesToOneMemberOpenOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Recipient>> calls = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        calls.add(() -> channels.recipientFor(ANA, slack));
      }
      for (Future<Recipient> result : pool.invokeAll(calls)) {
        assertThat(result.get()).isEqualTo(new Recipient(WS, "D-U1"));
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(slack.opens()).hasSize(1);
  }

  @Test
  void anOpenWaitingOnItsWorkspacesRateHoldsUpNoOtherMember() throws Exception {
    GatedOpens gated = new GatedOpens(slack, ANA);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Recipient> waiting = pool.submit(() -> channels.recipientFor(ANA, gated));
      assertThat(gated.entered.await(10, TimeUnit.SECONDS)).isTrue();

      // Enough members, in this workspace and another, that any sharing of locks would show.
      Future<Integer> others =
          pool.submit(() -> {
            for (int i = 2; i <= 2_000; i++) {
              WorkspaceId workspace = new WorkspaceId(Platform.SLACK, i % 2 == 0 ? "T1" : "T2");
              channels.recipientFor(new UserRef(workspace, "U" + i), gated);
            }
            return slack.opens().size();
          });

      assertThat(others.get(30, TimeUnit.SECONDS)).isEqualTo(1_999);
      assertThat(waiting).isNotDone();
      gated.release.countDown();
      assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(new Recipient(WS, "D-U1"));
    } finally {
      gated.release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aSecondOpenOfTheSameMemberTakesTheOutcomeOfTheOneInFlight() throws Exception {
    GatedOpens gated = new GatedOpens(slack, ANA).failing();
    FutureTask<Recipient> first = new FutureTask<>(() -> channels.open(ANA, gated, 0));
    FutureTask<Recipient> second = new FutureTask<>(() -> channels.open(ANA, gated, 0));
    Thread.ofPlatform().start(first);
    try {
      assertThat(gated.entered.await(10, TimeUnit.SECONDS)).isTrue();
      Thread waiter = Thread.ofPlatform().start(second);
      await().atMost(Duration.ofSeconds(10)).until(() -> waiter.getState() == State.WAITING);
      gated.release.countDown();

      for (Future<Recipient> open : List.of(first, second)) {
        assertThatThrownBy(() -> open.get(10, TimeUnit.SECONDS))
            .hasCauseInstanceOf(DeliveryException.Transient.class);
      }
    } finally {
      gated.release.countDown();
    }
    assertThat(gated.opens.get()).as("one call to the platform").isEqualTo(1);
    assertThat(channels.recipientFor(ANA, slack)).isEqualTo(new Recipient(WS, "D-U1"));
  }

  /**
   * Opens through {@code platform}, but an open of {@code held} waits until released (as one
   * waiting for its workspace's open rate would), then opens or, once {@link #failing}, fails.
   */
  private static final class GatedOpens implements ChatPlatform {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger opens = new AtomicInteger();
    private final ChatPlatform platform;
    private final UserRef held;
    private boolean fail;

    GatedOpens(ChatPlatform platform, UserRef held) {
      this.platform = platform;
      this.held = held;
    }

    GatedOpens failing() {
      fail = true;
      return this;
    }

    @Override
    public Recipient openDirect(UserRef user) throws DeliveryException {
      if (user.equals(held)) {
        opens.incrementAndGet();
        entered.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        if (fail) {
          throw new DeliveryException.Transient("the platform timed out");
        }
      }
      return platform.openDirect(user);
    }

    @Override
    public Platform platform() {
      return platform.platform();
    }

    @Override
    public MessageRef send(Recipient recipient, Message message) throws DeliveryException {
      return platform.send(recipient, message);
    }

    @Override
    public void update(MessageRef ref, Message message) throws DeliveryException {
      platform.update(ref, message);
    }

    @Override
    public List<String> channelMembers(WorkspaceId workspace, String channelId)
        throws DeliveryException {
      return platform.channelMembers(workspace, channelId);
    }
  }

  @Test
  void theSameUserIdInAnotherWorkspaceIsSomeoneElse() throws Exception {
    channels.recipientFor(ANA, slack);
    channels.recipientFor(new UserRef(new WorkspaceId(Platform.SLACK, "T2"), "U1"), slack);

    assertThat(slack.opens()).hasSize(2);
  }
}
