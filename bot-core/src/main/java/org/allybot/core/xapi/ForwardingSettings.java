package org.allybot.core.xapi;

import java.time.Duration;

/**
 * How the forwarder works: {@code batchSize} statements a request (xAPI LRSs commonly take 50);
 * waits between retries grow from {@code firstBackoff} to {@code maxBackoff}, and a {@code
 * Retry-After} is honoured up to {@code maxRetryAfter}. Entries held by a consumer that stopped are
 * reclaimed after {@code reclaimIdle}; a consumer waiting to retry touches its batch every {@code
 * touchEvery}, which must be well under {@code reclaimIdle}.
 */
public record ForwardingSettings(
    String instanceName,
    int senders,
    int batchSize,
    Duration blockFor,
    Duration firstBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    Duration reclaimIdle,
    Duration reclaimEvery,
    Duration touchEvery,
    Duration closeGrace) {
  public static final int MAX_BATCH = 50;

  public ForwardingSettings {
    if (senders < 1 || batchSize < 1 || batchSize > MAX_BATCH) {
      throw new IllegalArgumentException("senders >= 1 and batchSize 1.." + MAX_BATCH);
    }
    if (touchEvery.compareTo(reclaimIdle) >= 0 || firstBackoff.compareTo(maxBackoff) > 0) {
      throw new IllegalArgumentException("touchEvery < reclaimIdle and firstBackoff <= maxBackoff");
    }
  }

  public static ForwardingSettings defaults(String instanceName) {
    return new ForwardingSettings(
        instanceName,
        1,
        MAX_BATCH,
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        Duration.ofMinutes(5),
        Duration.ofHours(1),
        Duration.ofMinutes(10),
        Duration.ofSeconds(30),
        Duration.ofMinutes(1),
        Duration.ofSeconds(5));
  }

  /** As these, with retries from {@code first} up to {@code max} (tests make them short). */
  public ForwardingSettings withBackoff(Duration first, Duration max) {
    return new ForwardingSettings(
        instanceName,
        senders,
        batchSize,
        blockFor,
        first,
        max,
        maxRetryAfter,
        reclaimIdle,
        reclaimEvery,
        touchEvery,
        closeGrace);
  }

  /** As these, with {@code count} sender threads. */
  public ForwardingSettings withSenders(int count) {
    return new ForwardingSettings(
        instanceName,
        count,
        batchSize,
        blockFor,
        firstBackoff,
        maxBackoff,
        maxRetryAfter,
        reclaimIdle,
        reclaimEvery,
        touchEvery,
        closeGrace);
  }

  String consumerName(int index) {
    return instanceName + "-" + index;
  }
}
