package org.allybot.bench;

import java.time.Duration;

/** One campaign run's figures: how long until everyone had their message, and what went wrong. */
record FanOutRun(
    int members,
    Duration wall,
    boolean allArrived,
    long duplicates,
    long lost,
    long rateLimited,
    ProcessCpu cpu) {

  double seconds() {
    return wall.toNanos() / 1e9;
  }

  double jvmCpuMillisPerDelivery() {
    return cpu.jvmNanos() / 1e6 / members;
  }

  /** The JIT compilers' share of the JVM's CPU; it fades as the JVM warms up. */
  double jitMillisPerDelivery() {
    return cpu.jitNanos() < 0 ? Double.NaN : cpu.jitNanos() / 1e6 / members;
  }

  double redisCpuMillisPerDelivery() {
    return cpu.redisNanos() < 0 ? Double.NaN : cpu.redisNanos() / 1e6 / members;
  }
}
