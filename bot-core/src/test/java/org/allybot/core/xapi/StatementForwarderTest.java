package org.allybot.core.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.allybot.core.store.TestRedis;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The forwarder's threads: batches of at most 50, and each statement sent once across instances.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class StatementForwarderTest {
  private TestRedis redis;
  private StatementQueue queue;
  private RedisEndpoint endpoint;

  @BeforeEach
  void connect(RedisEndpoint endpoint) {
    this.endpoint = endpoint;
    redis = TestRedis.connectEmpty(endpoint);
    queue = redis.statementQueue();
  }

  @AfterEach
  void disconnect() {
    redis.close();
  }

  private void append(int count) {
    IntStream.range(0, count)
        .forEach(i -> queue.append(new Statement("s" + i, "{\"id\":\"s" + i + "\"}")));
  }

  @Test
  void statementsGoInBatchesOfAtMostFifty() throws InterruptedException {
    append(120);
    ScriptedLrs lrs = new ScriptedLrs();

    try (StatementForwarder forwarder =
        new StatementForwarder(queue, lrs, ForwardingSettings.defaults("one"))) {
      forwarder.start();
      assertThat(forwarder.awaitIdle(Duration.ofSeconds(30))).isTrue();
      assertThat(forwarder.sent()).isEqualTo(120);
    }

    assertThat(lrs.batches()).allSatisfy(b -> assertThat(b.size()).isBetween(1, 50));
    assertThat(lrs.batches().getFirst()).hasSize(50);
    assertThat(lrs.stored()).hasSize(120);
  }

  @Test
  void twoInstancesSendEachStatementOnce() throws InterruptedException {
    ScriptedLrs lrs = new ScriptedLrs();
    try (TestRedis other = TestRedis.connect(endpoint);
        StatementForwarder a =
            new StatementForwarder(queue, lrs, ForwardingSettings.defaults("a").withSenders(2));
        StatementForwarder b =
            new StatementForwarder(
                other.statementQueue(), lrs, ForwardingSettings.defaults("b").withSenders(2))) {
      a.start();
      b.start();
      append(1000);
      assertThat(a.awaitIdle(Duration.ofSeconds(60))).isTrue();
      assertThat(b.awaitIdle(Duration.ofSeconds(60))).isTrue();
    }

    assertThat(lrs.stored()).hasSize(1000);
    assertThat(lrs.resent()).isZero();
    assertThat(lrs.batches().stream().mapToInt(List::size).sum()).isEqualTo(1000);
  }

  @Test
  void theBacklogCountsWhatWaitsAndWhatWasSetAside() {
    append(3);
    queue.setAside(queue.read("x", 1, Duration.ZERO), 400);

    XapiBacklog backlog =
        new StatementForwarder(queue, new ScriptedLrs(), ForwardingSettings.defaults("x"))
            .backlog();

    assertThat(backlog).isEqualTo(new XapiBacklog(2, 1));
  }
}
