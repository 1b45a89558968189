package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.DeliveryLedger;
import org.junit.jupiter.api.Test;

@FreshRedis.Each
final class RedisDeliveryLedgerTest {
  private static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, "T1");
  private static final WorkspaceId OTHER = new WorkspaceId(Platform.TEAMS, "tenant-2");

  private final TestRedis redis;
  private final DeliveryLedger ledger;

  RedisDeliveryLedgerTest(TestRedis redis) {
    this.redis = redis;
    this.ledger = new RedisDeliveryLedger(redis.client());
  }

  @Test
  void onlyTheFirstBeginClaimsADelivery() {
    assertThat(ledger.begin(WS, "d1")).isTrue();
    assertThat(ledger.begin(WS, "d1")).isFalse();
    assertThat(ledger.begin(WS, "d2")).isTrue();
  }

  @Test
  void aSentDeliveryCannotBeClaimedAgain() {
    ledger.begin(WS, "d1");
    ledger.markSent(List.of(delivery("d1")));

    assertThat(ledger.begin(WS, "d1")).isFalse();
    assertThat(redis.client().get(RedisDeliveryLedger.key(WS, "d1"))).isEqualTo("sent");
  }

  @Test
  void aSendMarkedAfterItsWorkspaceWasDeletedLeavesNoKeyBehind() {
    ledger.begin(WS, "d1");
    new RedisDataEraser(redis.client()).deleteWorkspace(WS);

    ledger.markSent(List.of(delivery("d1")));

    assertThat(redis.client().exists(RedisDeliveryLedger.key(WS, "d1"))).isFalse();
  }

  @Test
  void aReleasedClaimCanBeTakenAgain() {
    ledger.begin(WS, "d1");
    ledger.release(WS, "d1");

    assertThat(ledger.begin(WS, "d1")).isTrue();
  }

  @Test
  void theSameIdInAnotherWorkspaceIsAnotherDelivery() {
    ledger.begin(WS, "d1");

    assertThat(ledger.begin(OTHER, "d1")).isTrue();
  }

  @Test
  void claimsLiveInTheWorkspaceNamespaceAndExpireAfterFourteenDays() {
    ledger.begin(WS, "d1");
    String key = RedisDeliveryLedger.key(WS, "d1");

    assertThat(key).startsWith("ally:{slack:T1}:");
    assertThat(redis.client().ttl(key))
        .isBetween(Duration.ofDays(14).toSeconds() - 60, Duration.ofDays(14).toSeconds());
    ledger.markSent(List.of(delivery("d1")));
    assertThat(redis.client().ttl(key)).isGreaterThan(Duration.ofDays(13).toSeconds());
  }

  private static Delivery delivery(String id) {
    return Delivery.toChannel(id, WS, "C1", Delivery.Kind.NOTICE, Map.of());
  }
}
