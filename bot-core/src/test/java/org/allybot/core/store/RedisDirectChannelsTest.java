package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.DirectChannels;
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
  void theSameUserIdInAnotherWorkspaceIsSomeoneElse() throws Exception {
    channels.recipientFor(ANA, slack);
    channels.recipientFor(new UserRef(new WorkspaceId(Platform.SLACK, "T2"), "U1"), slack);

    assertThat(slack.opens()).hasSize(2);
  }
}
