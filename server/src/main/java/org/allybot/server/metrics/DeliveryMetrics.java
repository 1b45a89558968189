package org.allybot.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.delivery.DeliveryObserver;

/**
 * The delivery engine's figures in {@code /metrics}, per platform only: never a workspace, member
 * or delivery id, which would both leak and multiply the series. Meters are made up front, so the
 * sender threads only add to them.
 */
public final class DeliveryMetrics implements DeliveryObserver {
  private final Map<Platform, Map<Outcome, Counter>> settled = new EnumMap<>(Platform.class);
  private final Map<Platform, Timer> waits = new EnumMap<>(Platform.class);
  private final Map<Platform, Counter> rateLimited = new EnumMap<>(Platform.class);
  private final Counter reclaimed;

  public DeliveryMetrics(MeterRegistry registry) {
    for (Platform platform : Platform.values()) {
      String name = platform.name().toLowerCase(Locale.ROOT);
      Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);
      for (Outcome outcome : Outcome.values()) {
        outcomes.put(
            outcome,
            Counter.builder("allybot.deliveries")
                .description("Deliveries settled, by how they ended (failed ones are parked)")
                .tag("platform", name)
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(registry));
      }
      settled.put(platform, outcomes);
      waits.put(
          platform,
          Timer.builder("allybot.rate.limit.waits")
              .description("Waits for a send permit or for a 429's pause to end, every workspace")
              .tag("platform", name)
              .register(registry));
      rateLimited.put(
          platform,
          Counter.builder("allybot.rate.limited")
              .description("429 answers from the platform, each pausing its workspace")
              .tag("platform", name)
              .register(registry));
    }
    reclaimed =
        Counter.builder("allybot.deliveries.reclaimed")
            .description("Queue entries taken over from a stopped or crashed consumer")
            .register(registry);
  }

  @Override
  public void settled(Platform platform, Outcome outcome) {
    settled.get(platform).get(outcome).increment();
  }

  @Override
  public void reclaimed(int count) {
    reclaimed.increment(count);
  }

  @Override
  public void waited(Platform platform, long nanos) {
    waits.get(platform).record(Duration.ofNanos(nanos));
  }

  @Override
  public void rateLimited(Platform platform) {
    rateLimited.get(platform).increment();
  }
}
