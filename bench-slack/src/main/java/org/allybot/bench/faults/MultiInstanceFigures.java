package org.allybot.bench.faults;

import java.util.List;

/**
 * A multi-instance fan-out's figures: each platform's, the time from the trigger to the last poll
 * against the floor (the slower platform's), and how many deliveries each instance sent (from its
 * {@code /metrics}), which shows that both took part.
 */
record MultiInstanceFigures(
    PlatformFigures slack, PlatformFigures teams, double totalSeconds, List<Long> sentPerInstance) {

  /** The slower platform's floor: the two fan-outs run side by side. */
  double floorSeconds() {
    return Math.max(slack.floorSeconds(), teams.floorSeconds());
  }

  /** The time promise: within 1.05 x the floor + 2 s, as one instance. */
  boolean inTime() {
    return totalSeconds <= 1.05 * floorSeconds() + 2;
  }

  /** Every member reached once, on both platforms, and no limit broken. */
  boolean exactlyOnceWithinLimits() {
    return slack.fanOut().exactlyOnce()
        && teams.fanOut().exactlyOnce()
        && slack.limitKept()
        && teams.limitKept();
  }

  @Override
  public String toString() {
    return String.format(
        "%s%n%s%nfan-out done %.2f s after the trigger; floor %.2f s; promise 1.05 x floor + 2 s"
            + " = %.2f s (%s); ratio to the floor %.3f; deliveries each instance sent (welcome and run, its /metrics) %s",
        slack,
        teams,
        totalSeconds,
        floorSeconds(),
        1.05 * floorSeconds() + 2,
        inTime() ? "kept" : "BROKEN",
        totalSeconds / floorSeconds(),
        sentPerInstance);
  }
}
