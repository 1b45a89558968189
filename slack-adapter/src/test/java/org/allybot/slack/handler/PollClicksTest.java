package org.allybot.slack.handler;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.allybot.slack.SlackStore;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;

/**
 * A poll click's check for a repeat (a store round trip) runs within the ack budget with the rest
 * of its handling, so a slow store delays the reply, never Slack's ack (ops/faults/slow-redis.sh
 * found acks over Slack's 3 s when the check ran before the budget began).
 */
final class PollClicksTest {
  /** A store whose repeat check waits until released, as a slow Redis would; then a repeat. */
  private static final class SlowStore implements SlackStore {
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public boolean firstTime(String key, Duration ttl) {
      try {
        release.await(2, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return false;
    }

    @Override
    public boolean exists(String key) {
      return false;
    }

    @Override
    public void delete(String key) {}

    @Override
    public void putField(String key, String field, String value) {}

    @Override
    public Optional<String> field(String key, String field) {
      return Optional.empty();
    }

    @Override
    public void deleteFields(String key, String... fields) {}
  }

  @Test
  void aClickIsAcknowledgedWhileItsRepeatCheckIsStillWaitingOnTheStore() throws Exception {
    SlowStore store = new SlowStore();
    try (CoreCalls calls = new CoreCalls(null, Duration.ofMillis(50))) {
      PollClicks clicks =
          new PollClicks(
              new ActionHandler(new Inbound(null, calls, null, null, null)),
              new Deduplication(store),
              team -> Optional.of(FakeSlackApi.BOT_TOKEN));

      CompletableFuture<Boolean> ack =
          CompletableFuture.supplyAsync(() -> clicks.handled(pollAnswer(), null));

      try {
        // The store holds its answer until released below: the ack must not wait for it.
        assertThat(ack.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(store.release.getCount()).as("the store has not answered yet").isEqualTo(1);
      } finally {
        store.release.countDown();
      }
      // A repeat: the core is never asked (it is null here), and no reply is shown.
    }
  }

  private static String pollAnswer() {
    String body =
        SlackPayloads.blockAction(
            FakeSlackApi.TEAM,
            "U0MEMBER001",
            "ally:0:poll.answer",
            "p1|o1",
            "http://127.0.0.1:9/response/x",
            "1234567890.1001.abcdef0123456789",
            false);
    return URLDecoder.decode(body.substring("payload=".length()), StandardCharsets.UTF_8);
  }
}
