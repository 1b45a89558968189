package org.allybot.bench.slack;

import java.util.Arrays;

/** Request latencies of one run, with its wall time: percentiles and throughput. */
record Latencies(String name, long[] nanos, double seconds, int errors) {
  double throughput() {
    return nanos.length / seconds;
  }

  double percentileMillis(double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }

  String line() {
    return String.format(
        "%-34s %8d req %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  errors %d",
        name,
        nanos.length,
        throughput(),
        percentileMillis(50),
        percentileMillis(99),
        percentileMillis(100),
        errors);
  }
}
