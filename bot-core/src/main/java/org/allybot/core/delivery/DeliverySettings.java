package org.allybot.core.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How one instance's {@link DeliveryWorker} runs: how many sender threads, how it reads and
 * reclaims queue entries, and how it retries. {@code instanceName} must differ between instances;
 * each thread's consumer name is built from it.
 */
public record DeliverySettings(
    String instanceName,
    int senders,
    int batchSize,
    Duration blockFor,
    Duration reclaimIdle,
    Duration reclaimEvery,
    Duration backoffBase,
    Duration backoffCap,
    int maxAttempts,
    int maxRateLimitedRetries,
    Duration closeGrace) {
  public DeliverySettings {
    Objects.requireNonNull(instanceName, "instanceName");
    if (senders < 1 || batchSize < 1 || maxAttempts < 1 || maxRateLimitedRetries < 0) {
      throw new IllegalArgumentException("senders, batchSize and maxAttempts must be at least 1");
    }
    for (Duration d :
        new Duration[] {blockFor, reclaimIdle, reclaimEvery, backoffBase, backoffCap, closeGrace}) {
      if (d == null || d.isNegative()) {
        throw new IllegalArgumentException("durations must be set and not negative");
      }
    }
  }

  /**
   * Four senders reading twenty entries at a time: a batch costs about ten round trips to Redis
   * however large it is, so twenty halves that cost per delivery against ten, and at Slack's
   * default of 8 posts a second a batch is still sent within about ten seconds of being composed.
   * Entries idle for 60 s are reclaimed, checked every 10 s; transient failures back off from 200
   * ms up to 30 s, five attempts in all; at most twenty 429s per delivery.
   */
  public static DeliverySettings defaults(String instanceName) {
    return new DeliverySettings(
        instanceName,
        4,
        20,
        Duration.ofSeconds(1),
        Duration.ofSeconds(60),
        Duration.ofSeconds(10),
        Duration.ofMillis(200),
        Duration.ofSeconds(30),
        5,
        20,
        Duration.ofSeconds(10));
  }

  public DeliverySettings withSenders(int count) {
    return new DeliverySettings(
        instanceName,
        count,
        batchSize,
        blockFor,
        reclaimIdle,
        reclaimEvery,
        backoffBase,
        backoffCap,
        maxAttempts,
        maxRateLimitedRetries,
        closeGrace);
  }

  public DeliverySettings withReclaim(Duration idle, Duration every) {
    return new DeliverySettings(
        instanceName,
        senders,
        batchSize,
        blockFor,
        idle,
        every,
        backoffBase,
        backoffCap,
        maxAttempts,
        maxRateLimitedRetries,
        closeGrace);
  }

  public DeliverySettings withBackoff(Duration base, Duration cap, int attempts) {
    return new DeliverySettings(
        instanceName,
        senders,
        batchSize,
        blockFor,
        reclaimIdle,
        reclaimEvery,
        base,
        cap,
        attempts,
        maxRateLimitedRetries,
        closeGrace);
  }

  public DeliverySettings withBlockFor(Duration block) {
    return new DeliverySettings(
        instanceName,
        senders,
        batchSize,
        block,
        reclaimIdle,
        reclaimEvery,
        backoffBase,
        backoffCap,
        maxAttempts,
        maxRateLimitedRetries,
        closeGrace);
  }

  /** The consumer name of sender thread {@code index}. */
  String consumerName(int index) {
    return instanceName + "-" + index;
  }

  /** Full jitter: a random wait up to {@code base * 2^(failures-1)}, never above the cap. */
  Duration backoffAfter(int failures, RandomGenerator random) {
    long base = backoffBase.toNanos();
    long cap = backoffCap.toNanos();
    int shift = Math.clamp(failures - 1, 0, 62);
    long ceiling = base > (cap >> shift) ? cap : base << shift;
    return Duration.ofNanos(random.nextLong(ceiling + 1));
  }
}
