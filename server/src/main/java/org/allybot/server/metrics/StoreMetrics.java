package org.allybot.server.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.allybot.core.delivery.DeliveryQueue;
import org.allybot.server.runtime.AllybotRuntime;
import redis.clients.jedis.UnifiedJedis;

/**
 * Figures read from Redis at each scrape: the delivery queue's depth and the age of its oldest
 * entry (the same on every instance, as the queue is shared), and one PING's round trip from this
 * instance. A scrape while Redis is away shows NaN rather than failing. The gauges hold their queue
 * strongly: Micrometer's default weak reference would let a queue made here be collected.
 */
public final class StoreMetrics {
  private StoreMetrics() {}

  public static void bind(MeterRegistry registry, AllybotRuntime runtime, DeliveryQueue queue) {
    Gauge.builder("allybot.queue.depth", queue, q -> orNaN(() -> q.pending()))
        .description("Deliveries queued and not yet settled, on every instance")
        .strongReference(true)
        .register(registry);
    Gauge.builder(
            "allybot.queue.oldest.age",
            queue,
            q -> orNaN(() -> q.oldestAge().map(age -> age.toMillis() / 1000.0).orElse(0.0)))
        .baseUnit("seconds")
        .description("How long the oldest delivery still queued has waited")
        .strongReference(true)
        .register(registry);
    Gauge.builder("allybot.redis.ping", runtime, r -> orNaN(() -> pingSeconds(r.redis())))
        .baseUnit("seconds")
        .description("One PING's round trip to Redis, measured at the scrape")
        .strongReference(true)
        .register(registry);
  }

  private static double pingSeconds(UnifiedJedis redis) {
    long start = System.nanoTime();
    redis.ping();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double orNaN(java.util.function.DoubleSupplier read) {
    try {
      return read.getAsDouble();
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }
}
