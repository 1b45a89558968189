package org.allybot.bench;

import java.time.Duration;

/** What {@link ScaleBench} measured, and whether it meets the scale targets. */
record ScaleResult(
    int members,
    int rate,
    long redisBytesPerMemberSeeded,
    long redisBytesPerMemberAfterFanOut,
    Duration queued,
    Duration firstPost,
    Duration fanOut,
    boolean allArrived,
    long duplicates,
    long lost,
    long peakHeapBytes,
    long maxHeapBytes) {

  static final long HEAP_LIMIT_BYTES = 256L * 1024 * 1024;

  double floorSeconds() {
    return (double) members / rate;
  }

  double targetSeconds() {
    return 1.05 * floorSeconds() + 2;
  }

  boolean passed() {
    return queued.toMillis() <= ScaleBench.FIRE_TARGET_SECONDS * 1000
        && redisBytesPerMemberSeeded <= ScaleBench.BYTES_PER_MEMBER_TARGET
        && redisBytesPerMemberAfterFanOut <= ScaleBench.BYTES_PER_MEMBER_TARGET
        && allArrived
        && duplicates == 0
        && lost == 0
        && fanOut.toMillis() <= targetSeconds() * 1000
        && maxHeapBytes <= HEAP_LIMIT_BYTES;
  }

  String report() {
    return String.join(
        "\n",
        "members N                %d".formatted(members),
        "posts a second R         %d".formatted(rate),
        "Redis bytes per member   %d seeded, %d after the fan-out (target <= %d)"
            .formatted(
                redisBytesPerMemberSeeded,
                redisBytesPerMemberAfterFanOut,
                ScaleBench.BYTES_PER_MEMBER_TARGET),
        "fire queued all in       %.2f s (target <= %.0f s)"
            .formatted(queued.toMillis() / 1000.0, ScaleBench.FIRE_TARGET_SECONDS),
        "first post after         %.2f s".formatted(firstPost.toMillis() / 1000.0),
        "fan-out wall time        %.2f s (floor %.2f s, target <= %.2f s)"
            .formatted(fanOut.toMillis() / 1000.0, floorSeconds(), targetSeconds()),
        "all arrived              %s".formatted(allArrived),
        "duplicates               %d".formatted(duplicates),
        "lost                     %d".formatted(lost),
        "peak heap                %d MiB of a %d MiB maximum (run with -Xmx256m)"
            .formatted(peakHeapBytes >> 20, maxHeapBytes >> 20),
        passed() ? "PASS" : "FAIL");
  }
}
