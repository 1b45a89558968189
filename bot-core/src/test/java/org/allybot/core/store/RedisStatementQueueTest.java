package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.allybot.core.xapi.QueuedStatement;
import org.allybot.core.xapi.Statement;
import org.allybot.core.xapi.StatementQueue;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedRedisExtension.class)
final class RedisStatementQueueTest {
  private TestRedis redis;
  private StatementQueue queue;

  @BeforeEach
  void connect(RedisEndpoint endpoint) {
    redis = TestRedis.connectEmpty(endpoint);
    queue = redis.statementQueue();
  }

  @AfterEach
  void disconnect() {
    redis.close();
  }

  private static Statement statement(int n) {
    return new Statement("id-" + n, "{\"id\":\"id-" + n + "\"}");
  }

  private static List<String> ids(List<QueuedStatement> entries) {
    return entries.stream().map(e -> e.statement().id()).toList();
  }

  @Test
  void aStatementIsReadBackByteForByte() {
    queue.append(statement(1));

    assertThat(queue.read("a", 50, Duration.ZERO))
        .extracting(QueuedStatement::statement)
        .containsExactly(statement(1));
  }

  @Test
  void eachStatementGoesToOneConsumerAndWaitsUntilAcknowledged() {
    IntStream.range(0, 5).forEach(i -> queue.append(statement(i)));

    List<QueuedStatement> a = queue.read("a", 3, Duration.ZERO);
    List<QueuedStatement> b = queue.read("b", 3, Duration.ZERO);

    assertThat(ids(a)).containsExactly("id-0", "id-1", "id-2");
    assertThat(ids(b)).containsExactly("id-3", "id-4");
    assertThat(queue.waiting()).isEqualTo(5);
    queue.ack(a);
    assertThat(queue.waiting()).isEqualTo(2);
  }

  @Test
  void aStoppedConsumersStatementsAreReclaimedOnceIdleLongEnough() {
    queue.append(statement(1));
    queue.read("stopped", 10, Duration.ZERO);

    assertThat(queue.reclaim("other", Duration.ofHours(1), 10)).isEmpty();
    assertThat(ids(queue.reclaim("other", Duration.ZERO, 10))).containsExactly("id-1");
  }

  @Test
  void setAsideStatementsAreKeptCountedAndNeverHandedOutAgain() {
    IntStream.range(0, 3).forEach(i -> queue.append(statement(i)));
    List<QueuedStatement> read = queue.read("a", 10, Duration.ZERO);

    queue.setAside(read.subList(0, 2), 400);

    assertThat(queue.setAsideCount()).isEqualTo(2);
    assertThat(queue.waiting()).isEqualTo(1);
    assertThat(redis.setAsideSecondsLeft()).isBetween(29 * 86_400L, 30 * 86_400L);
    assertThat(redis.setAsideStatements())
        .hasSize(2)
        .allSatisfy(json -> assertThat(json).contains("\"status\":400"))
        .anySatisfy(json -> assertThat(json).contains("id-1"));
    assertThat(queue.reclaim("b", Duration.ZERO, 10))
        .extracting(e -> e.statement().id())
        .containsExactly("id-2");
  }

  @Test
  void anUnreadableEntryIsSetAsideAndCountedNotReturned() {
    redis.appendRawStatement(Map.of("something", "else"));
    queue.append(statement(1));

    assertThat(ids(queue.read("a", 10, Duration.ZERO))).containsExactly("id-1");
    assertThat(queue.setAsideCount()).isEqualTo(1);
    assertThat(queue.waiting()).isEqualTo(1);
  }
}
