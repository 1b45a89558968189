package org.allybot.bench.slack;

import java.util.Arrays;

/**
 * Request latencies of one run, with its wall time and the CPU this process and its children (the
 * embedded Redis) used meanwhile: percentiles, throughput and CPU per request.
 */
record Latencies(
    String name, long[] nanos, double seconds, int errors, double cpuMillis, double redisMillis) {
  double throughput() {
    return nanos.length / seconds;
  }

  /** CPU time used so far by this process and its children, in milliseconds. */
  static double cpuNow() {
    return cpu(ProcessHandle.current()) + childrenCpuNow();
  }

  /** CPU time used so far by this process's children (the embedded Redis), in milliseconds. */
  static double childrenCpuNow() {
    return ProcessHandle.current().descendants().mapToDouble(Latencies::cpu).sum();
  }

  private static double cpu(ProcessHandle p) {
    return p.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(0.0);
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
        "%-34s %8d req %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  errors %d"
            + "  CPU %.3f ms/req (Redis %.3f)",
        name,
        nanos.length,
        throughput(),
        percentileMillis(50),
        percentileMillis(99),
        percentileMillis(100),
        errors,
        cpuMillis / nanos.length,
        redisMillis / nanos.length);
  }
}
