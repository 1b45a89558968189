package org.allybot.core.delivery;

import java.time.Duration;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;

/** Deliveries, settings and limits that delivery tests share. */
final class TestDeliveries {
  static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, "T1");
  static final Duration IDLE = Duration.ofSeconds(20);

  private TestDeliveries() {}

  /** Quick settings for tests: short blocking reads and short backoff. */
  static DeliverySettings fast(String instance) {
    return DeliverySettings.defaults(instance)
        .withBlockFor(Duration.ofMillis(100))
        .withBackoff(Duration.ofMillis(5), Duration.ofMillis(40), 5);
  }

  /** Fast enough that the limiter never matters unless a test wants it to. */
  static RateLimiter fastLimiter() {
    return new RateLimiter(Map.of(Platform.SLACK, RateLimits.uniform(5_000)));
  }

  /** Slack posts at {@code perSecond} in every workspace and conversation, on fake time. */
  static RateLimiter limiter(double perSecond, SteppedTicker time) {
    return new RateLimiter(
        Map.of(Platform.SLACK, RateLimits.uniform(perSecond)), time.clock(), time);
  }

  /** Whether the worker has nothing left to send, right now. */
  static boolean idle(DeliveryWorker worker) {
    try {
      return worker.awaitIdle(Duration.ZERO);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static Delivery toChannel(String id) {
    return Delivery.toChannel(id, WS, "C1", Delivery.Kind.DIGEST, Map.of());
  }

  static Delivery toMember(String id, String userId) {
    return Delivery.toMember(id, WS, userId, Delivery.Kind.LESSON, Map.of("lesson", "l1"));
  }
}
