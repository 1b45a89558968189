package org.allybot.core.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How one instance's {@link DeliveryWorker} runs: {@code senders} reader threads (queue consumers),
 * and as many sending threads at most for each workspace with entries; how it reads and reclaims
 * queue entries, and how it retries. {@code instanceName} must differ between instances; each
 * reader's consumer name is built from it.
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
   * Four readers reading twenty entries at a time (and up to sixteen threads sending each
   * workspace's): a batch costs about ten round trips to Redis however large it is, so twenty
   * halves that cost per delivery against ten, and at Slack's default of 8 posts a second a batch
   * is still sent within about ten seconds of being composed. Entries idle for 20 s are reclaimed,
   * checked every 5 s (and again at once while a look finds a full batch), so a crashed instance's
   * work is taken over well within a minute; its readers touch what it holds every third of that,
   * waits included. Transient failures (5xx, timeouts) back off from 500 ms up to 30 s, ten
   * attempts in all, so a delivery outlasts a platform outage of at least 60 s before it is parked
   * (ops/faults/platform-outage.sh); at most twenty 429s per delivery.
   */
  public static DeliverySettings defaults(String instanceName) {
    return new DeliverySettings(
        instanceName,
        4,
        20,
        Duration.ofSeconds(1),
        Duration.ofSeconds(20),
        Duration.ofSeconds(5),
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        10,
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

  /**
   * How often entries held by this instance are touched in the queue: a third of the reclaim idle
   * time, well before another consumer may take them over.
   */
  Duration touchEvery() {
    return reclaimIdle.dividedBy(3);
  }

  /** The consumer name of sender thread {@code index}. */
  String consumerName(int index) {
    return instanceName + "-" + index;
  }

  /**
   * Equal jitter: a random wait between half and all of {@code base * 2^(failures-1)}, never above
   * the cap. The floor of half makes the time a delivery keeps trying before it is parked
   * predictable (at least half the sum of the ceilings), where full jitter could spend it all in a
   * few unlucky short waits; the random half still spreads the retries of many senders.
   */
  Duration backoffAfter(int failures, RandomGenerator random) {
    long base = backoffBase.toNanos();
    long cap = backoffCap.toNanos();
    int shift = Math.clamp(failures - 1, 0, 62);
    long ceiling = base > (cap >> shift) ? cap : base << shift;
    long half = ceiling / 2;
    return Duration.ofNanos(half + random.nextLong(ceiling - half + 1));
  }
}
