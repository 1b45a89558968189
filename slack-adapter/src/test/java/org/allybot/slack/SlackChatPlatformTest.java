package org.allybot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.message.Message;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackCall;
import org.allybot.testkit.slack.SlackFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackChatPlatformTest {
  static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, FakeSlackApi.TEAM);
  private FakeSlackApi fake;
  private SlackChatPlatform platform;

  @BeforeEach
  void start() {
    fake = FakeSlackApi.start();
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    config.setStatsEnabled(false);
    platform =
        new SlackChatPlatform(Slack.getInstance(config), SlackTokens.fixed(FakeSlackApi.BOT_TOKEN));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void sendsBlockKitInAThreadWhenAskedAndReturnsWhereItLanded() throws Exception {
    MessageRef ref =
        platform.send(
            new Recipient(WS, "C0COMMUNITY", "1700000000.000100"),
            Message.text("Thanks for the advice"));

    SlackCall post = fake.calls("chat.postMessage").getFirst();
    assertThat(post.token()).isEqualTo(FakeSlackApi.BOT_TOKEN);
    assertThat(post.param("channel")).isEqualTo("C0COMMUNITY");
    assertThat(post.param("thread_ts")).isEqualTo("1700000000.000100");
    assertThat(post.json("blocks").get(0).path("type").asText()).isEqualTo("section");
    assertThat(ref.conversationId()).isEqualTo("C0COMMUNITY");
    assertThat(ref.messageId()).matches("\\d+\\.\\d{6}");
  }

  @Test
  void updatesAndOpensDirectConversations() throws Exception {
    platform.update(new MessageRef(WS, "C1", "1.000001"), Message.text("edited"));
    Recipient dm = platform.openDirect(new UserRef(WS, "U0MEMBER001"));

    assertThat(fake.calls("chat.update").getFirst().param("ts")).isEqualTo("1.000001");
    assertThat(dm.conversationId()).isEqualTo("DU0MEMBER001");
  }

  @Test
  void listsEveryMemberAcrossPages() throws Exception {
    List<String> members = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      members.add("U" + i);
    }
    fake.channel("C0BIG", members);

    assertThat(platform.channelMembers(WS, "C0BIG")).isEqualTo(members);
    assertThat(fake.calls("conversations.members")).hasSize(3);
  }

  @Test
  void a429BecomesRateLimitedWithItsRetryAfter() {
    fake.failNext("chat.postMessage", 1, SlackFailure.rateLimited(7));

    assertThatThrownBy(() -> platform.send(new Recipient(WS, "C1"), Message.text("hi")))
        .isInstanceOfSatisfying(
            DeliveryException.RateLimited.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
  }

  @Test
  void serverErrorsAreTransient() {
    fake.failNext("chat.postMessage", 1, SlackFailure.status(503));
    fake.failNext("conversations.open", 1, SlackFailure.error("internal_error"));

    assertThatThrownBy(() -> platform.send(new Recipient(WS, "C1"), Message.text("hi")))
        .isInstanceOf(DeliveryException.Transient.class);
    assertThatThrownBy(() -> platform.openDirect(new UserRef(WS, "U1")))
        .isInstanceOf(DeliveryException.Transient.class);
  }

  @Test
  void channelProblemsArePermanentWithSlacksReason() {
    for (String error :
        List.of("not_in_channel", "channel_not_found", "account_inactive", "is_archived")) {
      fake.failChannel("C-" + error, error);
      assertThatThrownBy(() -> platform.send(new Recipient(WS, "C-" + error), Message.text("hi")))
          .isInstanceOf(DeliveryException.Permanent.class)
          .hasMessage(error);
    }
  }

  @Test
  void anUnreachableApiIsTransientAndAWorkspaceWithoutTokenIsPermanent() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix("http://127.0.0.1:9/api/");
    SlackChatPlatform nowhere =
        new SlackChatPlatform(Slack.getInstance(config), SlackTokens.fixed(FakeSlackApi.BOT_TOKEN));
    SlackChatPlatform uninstalled =
        new SlackChatPlatform(Slack.getInstance(config), team -> java.util.Optional.empty());

    assertThatThrownBy(() -> nowhere.send(new Recipient(WS, "C1"), Message.text("hi")))
        .isInstanceOf(DeliveryException.Transient.class);
    assertThatThrownBy(() -> uninstalled.send(new Recipient(WS, "C1"), Message.text("hi")))
        .isInstanceOf(DeliveryException.Permanent.class);
  }

  @Test
  void aMembersEmailComesFromUsersInfoOnlyWhenSlackGivesOne() {
    fake.userEmail("U0MAIL", "mail@example.com");
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    Slack slack = Slack.getInstance(config);
    SlackTokens tokens = SlackTokens.fixed(FakeSlackApi.BOT_TOKEN);
    SlackChatPlatform withUsers =
        new SlackChatPlatform(
            slack, tokens, new SlackUsers(slack, tokens, Duration.ofMinutes(5), Clock.systemUTC()));

    assertThat(withUsers.emailOf(new UserRef(WS, "U0MAIL"))).contains("mail@example.com");
    assertThat(withUsers.emailOf(new UserRef(WS, "U0NOSCOPE"))).isEmpty();
    assertThat(platform.emailOf(new UserRef(WS, "U0MAIL"))).isEmpty();
    assertThat(withUsers.emailOf(new UserRef(new WorkspaceId(Platform.TEAMS, "t"), "U0MAIL")))
        .isEmpty();
  }

  @Test
  void theFakeEnforcesOnePostPerSecondPerChannel() throws Exception {
    AtomicLong nanos = new AtomicLong(); // moves only when told, whatever the machine's speed
    fake.limits(1, 100, 0, nanos::get);
    platform.send(new Recipient(WS, "C1"), Message.text("one"));

    assertThatThrownBy(() -> platform.send(new Recipient(WS, "C1"), Message.text("two")))
        .isInstanceOf(DeliveryException.RateLimited.class);
    nanos.addAndGet(Duration.ofMillis(100).toNanos()); // the workspace's 100/s, not C1's 1/s
    platform.send(new Recipient(WS, "C2"), Message.text("elsewhere"));
    assertThat(fake.rateLimited()).isEqualTo(1);
  }
}
