package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.allybot.core.ManualClock;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.SendBudget;
import org.allybot.core.delivery.SendBudget.Bucket;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.util.JedisClusterCRC16;

@FreshRedis.Each
final class RedisSendBudgetTest {
  private static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, "T1");
  private static final List<Bucket> POST =
      List.of(new Bucket("post", 8, 1), new Bucket("post:C1", 1, 1));

  private final ManualClock clock = new ManualClock(Clock.systemUTC().instant());
  private final TestRedis redis;
  private final SendBudget budget;

  RedisSendBudgetTest(TestRedis redis) {
    this.redis = redis;
    this.budget = new RedisSendBudget(redis.client(), clock);
  }

  @Test
  void everyKeyOfAWorkspacesBudgetSharesOneClusterSlot() {
    budget.take(WS, POST);
    budget.take(WS, List.of(new Bucket("open", 50.0 / 60, 1)));
    budget.pause(WS, Duration.ofSeconds(1));

    List<String> keys = List.copyOf(redis.client().keys("*"));
    assertThat(keys).hasSize(4).allMatch(key -> key.contains("{slack:T1}"));
    int slot = JedisClusterCRC16.getSlot(RedisSendBudget.pauseKey(WS));
    assertThat(keys).allMatch(key -> JedisClusterCRC16.getSlot(key) == slot);
  }

  @Test
  void aTakeOwesWhatTheBucketLacksAndSaysHowLongToWait() {
    assertThat(budget.take(WS, POST)).isEqualTo(SendBudget.Grant.NOW);

    SendBudget.Grant second = budget.take(WS, POST);

    // The channel's 1/s bucket owes a permit: due in a second.
    assertThat(second.held()).isTrue();
    assertThat(second.waitNanos()).isEqualTo(Duration.ofSeconds(1).toNanos());
  }

  @Test
  void aPausedWorkspaceGrantsNothingUntilThePauseEnds() {
    budget.pause(WS, Duration.ofMillis(1_500));

    assertThat(budget.take(WS, POST))
        .isEqualTo(new SendBudget.Grant(false, Duration.ofMillis(1_500).toNanos()));
    clock.advance(Duration.ofMillis(1_500));
    assertThat(budget.take(WS, POST)).isEqualTo(SendBudget.Grant.NOW);
  }

  @Test
  void aPeekSaysHowLongATakeWouldWaitAndTakesNothing() {
    Bucket channel = new Bucket("post:C1", 1, 1);
    budget.take(WS, POST);

    assertThat(budget.waitFor(WS, channel)).isEqualTo(Duration.ofSeconds(1).toNanos());
    assertThat(budget.waitFor(WS, channel)).isEqualTo(Duration.ofSeconds(1).toNanos());
    budget.pause(WS, Duration.ofSeconds(4));
    assertThat(budget.waitFor(WS, channel)).isEqualTo(Duration.ofSeconds(4).toNanos());
  }

  @Test
  void aShorterPauseDoesNotCutALongerOneShort() {
    budget.pause(WS, Duration.ofSeconds(10));
    budget.pause(WS, Duration.ofSeconds(1));

    assertThat(budget.take(WS, POST).waitNanos()).isEqualTo(Duration.ofSeconds(10).toNanos());
  }

  @Test
  void bucketsSaveNothingUpDuringAPause() {
    List<Bucket> fast = List.of(new Bucket("post", 100, 10));
    budget.take(WS, fast); // nine left
    budget.pause(WS, Duration.ofSeconds(5));
    clock.advance(Duration.ofSeconds(5));

    // At most one token after the pause, however long it was: the next permit is 10 ms away.
    assertThat(budget.take(WS, fast)).isEqualTo(SendBudget.Grant.NOW);
    assertThat(budget.take(WS, fast).waitNanos()).isEqualTo(Duration.ofMillis(10).toNanos());
  }

  @Test
  void bucketsAndPausesExpireRelativeToRedisTimeAfterTheyWouldBeFull() {
    budget.take(WS, POST);
    budget.pause(WS, Duration.ofSeconds(2));

    long bucketTtl = redis.client().pttl(RedisSendBudget.bucketKey(WS, "post:C1"));
    long pauseTtl = redis.client().pttl(RedisSendBudget.pauseKey(WS));
    assertThat(bucketTtl).isBetween(55_000L, 61_000L);
    assertThat(pauseTtl).isBetween(57_000L, 62_000L);
  }

  @Test
  void settlingAfterAPauseBeganGivesThePermitsBack() {
    budget.take(WS, POST);
    SendBudget.Grant owed = budget.take(WS, POST);
    budget.pause(WS, Duration.ofSeconds(3));
    clock.advance(Duration.ofNanos(owed.waitNanos()));

    assertThat(budget.settle(WS, POST).held()).isFalse();
    clock.advance(Duration.ofSeconds(2));
    // Given back, the channel's bucket owes nothing: the next permit after the pause is a
    // second away, not the two it would be had the waiter kept its permit through the pause.
    assertThat(budget.take(WS, POST).waitNanos()).isEqualTo(Duration.ofSeconds(1).toNanos());
  }
}
