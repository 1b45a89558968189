package org.allybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.time.Instant;
import org.allybot.core.MessageRef;
import org.allybot.core.Platform;
import org.allybot.core.PriorSend;
import org.allybot.core.Recipient;
import org.allybot.core.WorkspaceId;
import org.allybot.core.message.Message;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A delivery's post carries its key as Slack message metadata, and {@code conversations.history}
 * finds it again: how a send whose sender died in flight is settled without a second post.
 */
final class DeliveryMarksTest {
  private static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, FakeSlackApi.TEAM);
  private static final Recipient DM = new Recipient(WS, "DU0MEMBER01");
  private static final String KEY = "0123456789abcdef0123456789abcdef";

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
  void aDeliverysPostCarriesItsKeyAsMessageMetadata() throws Exception {
    platform.send(DM, Message.text("Your poll"), KEY);

    SlackCall post = fake.calls("chat.postMessage").getFirst();
    assertThat(post.json("metadata").path("event_type").asText()).isEqualTo("allybot_delivery");
    assertThat(post.json("metadata").path("event_payload").path("key").asText()).isEqualTo(KEY);
  }

  @Test
  void aPostWithoutAKeyCarriesNoMetadata() throws Exception {
    platform.send(DM, Message.text("A reply"));

    assertThat(fake.calls("chat.postMessage").getFirst().param("metadata")).isEmpty();
  }

  @Test
  void aMarkedPostIsFoundInTheConversationsHistoryWithAllMetadata() throws Exception {
    Instant before = Instant.now().minus(Duration.ofMinutes(1));
    platform.send(DM, Message.text("Someone else's"), "ffffffffffffffffffffffffffffffff");
    MessageRef ref = platform.send(DM, Message.text("Your poll"), KEY);
    platform.send(DM, Message.text("A later one"));

    PriorSend found = platform.findSent(DM, KEY, before);

    assertThat(found).isEqualTo(new PriorSend.Found(ref));
    SlackCall look = fake.calls("conversations.history").getFirst();
    assertThat(look.param("include_all_metadata")).isEqualTo("1");
    assertThat(look.param("channel")).isEqualTo(DM.conversationId());
  }

  @Test
  void aPostThatNeverArrivedIsNotFound() throws Exception {
    platform.send(DM, Message.text("Another delivery"), "ffffffffffffffffffffffffffffffff");

    assertThat(platform.findSent(DM, KEY, Instant.now().minus(Duration.ofMinutes(1))))
        .isEqualTo(PriorSend.NOT_FOUND);
  }

  @Test
  void onlyMessagesSinceTheClaimAreLookedThrough() throws Exception {
    platform.send(DM, Message.text("Your poll"), KEY);

    assertThat(platform.findSent(DM, KEY, Instant.now().plus(Duration.ofMinutes(1))))
        .isEqualTo(PriorSend.NOT_FOUND);
  }

  @Test
  void aConversationSlackRefusesToShowCannotTell() throws Exception {
    fake.failChannel(DM.conversationId(), "channel_not_found");

    assertThat(platform.findSent(DM, KEY, Instant.now())).isEqualTo(PriorSend.UNKNOWN);
  }
}
