package org.allybot.bench;

import java.util.Arrays;

/** Call durations in nanoseconds, appended by one thread, read as percentiles afterwards. */
final class Latencies {
  private long[] nanos = new long[1 << 14];
  private int size;

  void add(long duration) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = duration;
  }

  int size() {
    return size;
  }

  /** All of {@code parts} in one, sorted. */
  static Latencies merge(Iterable<Latencies> parts) {
    Latencies all = new Latencies();
    for (Latencies part : parts) {
      for (int i = 0; i < part.size; i++) {
        all.add(part.nanos[i]);
      }
    }
    Arrays.sort(all.nanos, 0, all.size);
    return all;
  }

  /** The nearest-rank percentile of a merged (sorted) set, in milliseconds; 0 when empty. */
  double percentileMillis(double percent) {
    if (size == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100 * size);
    return nanos[Math.clamp(rank - 1, 0, size - 1)] / 1e6;
  }
}
