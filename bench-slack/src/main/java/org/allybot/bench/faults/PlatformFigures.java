package org.allybot.bench.faults;

import java.util.List;

/**
 * What one platform's part of a multi-instance fan-out reached: exactly once or not, the 429s the
 * fake answered (each a limit the instances together broke), the busiest one-second window it saw
 * against the limit, and when the last poll arrived.
 *
 * @param name the platform and limit, as printed
 * @param fanOut members, lost and duplicates
 * @param refused calls the fake refused with a 429, welcome and fan-out together
 * @param peakPerSecond the most sends accepted in any one-second window of the fan-out
 * @param limitPerSecond the limit as set (the fake's bucket also lets one second's worth build up)
 * @param floorSeconds the least time the limit allows for the fan-out: (members - 1) / limit
 * @param lastNanos nanoTime of the last poll's arrival (0 when none arrived)
 */
record PlatformFigures(
    String name,
    FanOutFigures fanOut,
    long refused,
    int peakPerSecond,
    double limitPerSecond,
    double floorSeconds,
    long lastNanos) {

  /** The busiest one-second window among {@code arrivals} (nanoTime, any order). */
  static int peakPerSecond(List<Long> arrivals) {
    long[] at = arrivals.stream().mapToLong(Long::longValue).sorted().toArray();
    int peak = 0;
    int from = 0;
    for (int to = 0; to < at.length; to++) {
      while (at[to] - at[from] >= 1_000_000_000L) {
        from++;
      }
      peak = Math.max(peak, to - from + 1);
    }
    return peak;
  }

  /**
   * The fake's token bucket holds one second's allowance and refills at the limit, so no window of
   * a second can see more than twice the limit without a 429; more would mean the fake's count is
   * wrong.
   */
  boolean limitKept() {
    return refused == 0 && peakPerSecond <= 2 * limitPerSecond + 1;
  }

  @Override
  public String toString() {
    return String.format(
        "%s: %s; 429s %d; peak %d sends in any 1 s against a limit of %.0f/s; floor %.2f s",
        name, fanOut, refused, peakPerSecond, limitPerSecond, floorSeconds);
  }
}
