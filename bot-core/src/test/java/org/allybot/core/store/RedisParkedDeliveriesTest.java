package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.IntStream;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.ParkedDeliveries;
import org.allybot.core.delivery.ParkedDelivery;
import org.junit.jupiter.api.Test;

@FreshRedis.Each
final class RedisParkedDeliveriesTest {
  private static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, "T1");
  private static final WorkspaceId OTHER = new WorkspaceId(Platform.SLACK, "T2");
  private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");

  private final ParkedDeliveries parked;

  RedisParkedDeliveriesTest(TestRedis redis) {
    this.parked = new RedisParkedDeliveries(redis.client());
  }

  private static ParkedDelivery parkedAt(WorkspaceId ws, String id, int second) {
    return new ParkedDelivery(
        ws,
        id,
        Delivery.Kind.POLL,
        ParkedDelivery.Cause.FAILED,
        "channel_not_found",
        1,
        NOW.plusSeconds(second));
  }

  @Test
  void listsWhatWasParkedNewestFirst() {
    parked.park(parkedAt(WS, "d1", 1));
    parked.park(parkedAt(WS, "d2", 2));

    assertThat(parked.list(WS)).containsExactly(parkedAt(WS, "d2", 2), parkedAt(WS, "d1", 1));
  }

  @Test
  void keepsOnlyTheNewestTwoHundred() {
    IntStream.range(0, 250).forEach(i -> parked.park(parkedAt(WS, "d" + i, i)));

    assertThat(parked.list(WS))
        .hasSize(ParkedDeliveries.KEPT)
        .first()
        .extracting(ParkedDelivery::deliveryId)
        .isEqualTo("d249");
    assertThat(parked.list(WS).getLast().deliveryId()).isEqualTo("d50");
  }

  @Test
  void eachWorkspaceSeesOnlyItsOwn() {
    parked.park(parkedAt(WS, "d1", 1));
    parked.park(parkedAt(OTHER, "d2", 2));

    assertThat(parked.list(WS)).extracting(ParkedDelivery::deliveryId).containsExactly("d1");
    assertThat(parked.list(OTHER)).extracting(ParkedDelivery::deliveryId).containsExactly("d2");
  }
}
