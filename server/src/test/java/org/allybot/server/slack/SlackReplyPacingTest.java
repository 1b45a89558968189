package org.allybot.server.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many members write to the bot at once, each in their own direct conversation, and each is
 * answered there with {@code chat.postMessage}: an introduction, then the help. Slack counts those
 * posts with the delivery engine's, per workspace and per conversation, so they wait for the same
 * shared budget: the fake Slack, enforcing the published limits, refuses none of them.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackReplyPacingTest {
  private static final int MEMBERS = 24;
  private static final int IN_FLIGHT = 8;

  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  @Test
  void directMessagesFromManyMembersAtOnceAreAnsweredWithinSlacksLimits(SlackServerHarness h)
      throws Exception {
    h.slack.limits(1, 8, 1); // chat.postMessage: 8 a second a workspace, 1 a channel

    List<Future<HttpResponse<String>>> acks = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT)) {
      for (int i = 0; i < MEMBERS; i++) {
        String event = SlackPayloads.event(FakeSlackApi.TEAM, "Ev0PACE%04d".formatted(i), help(i));
        acks.add(pool.submit(() -> h.post(event)));
      }
    }
    for (Future<HttpResponse<String>> ack : acks) {
      assertThat(ack.get().statusCode()).isEqualTo(200);
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> helpReplies(h) == MEMBERS);
    assertThat(h.slack.rateLimited()).isZero();
    for (int i = 0; i < MEMBERS; i++) {
      String channel = channel(i);
      assertThat(h.slack.calls("chat.postMessage"))
          .filteredOn(c -> c.ok() && c.param("channel").equals(channel))
          .as("answers in %s", channel)
          .hasSize(2);
    }
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode help(int i) {
    return SlackPayloads.eventOf("message")
        .put("user", "U0PACE%04d".formatted(i))
        .put("text", "help")
        .put("channel", channel(i))
        .put("channel_type", "im")
        .put("ts", "1700000000.00%04d".formatted(i));
  }

  private static String channel(int i) {
    return "D0PACE%04d".formatted(i);
  }

  private static long helpReplies(SlackServerHarness h) {
    return h.slack.calls("chat.postMessage").stream()
        .filter(c -> c.ok() && String.valueOf(c.param("blocks")).contains("/ally poll"))
        .count();
  }
}
