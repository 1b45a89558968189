package org.allybot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import redis.clients.jedis.UnifiedJedis;

/**
 * CPU time used so far by this JVM (and by its JIT compiler threads, part of that, where Linux's
 * {@code /proc} tells), and by the Redis server, which is a separate process.
 */
record ProcessCpu(long jvmNanos, long jitNanos, long redisNanos) {
  /** {@code USER_HZ}: 100 on every mainstream Linux. */
  private static final long CLOCK_TICKS_PER_SECOND = 100;

  static ProcessCpu now(UnifiedJedis redis) {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new ProcessCpu(os.getProcessCpuTime(), compilerCpuNanos(), redisCpuNanos(redis));
  }

  /** The CPU time spent between {@code earlier} and this reading. */
  ProcessCpu since(ProcessCpu earlier) {
    return new ProcessCpu(
        jvmNanos - earlier.jvmNanos,
        jitNanos < 0 || earlier.jitNanos < 0 ? -1 : jitNanos - earlier.jitNanos,
        redisNanos < 0 || earlier.redisNanos < 0 ? -1 : redisNanos - earlier.redisNanos);
  }

  /** The C1 and C2 compiler threads' user plus system time; -1 without Linux's {@code /proc}. */
  private static long compilerCpuNanos() {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return -1;
    }
    long ticks = 0;
    try (Stream<Path> threads = Files.list(tasks)) {
      for (Path thread : threads.toList()) {
        String stat;
        try {
          stat = Files.readString(thread.resolve("stat"));
        } catch (NoSuchFileException e) {
          continue; // the thread ended after it was listed: it no longer counts anyway
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1; // an unreadable or unfamiliar /proc: not worth failing the run
    }
    return ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
  }

  /** Redis's own user plus system CPU time, from {@code INFO cpu}; -1 when it cannot be read. */
  private static long redisCpuNanos(UnifiedJedis redis) {
    Map<String, Double> fields = new HashMap<>();
    for (String line : redis.info("cpu").split("\r?\n")) {
      String[] pair = line.split(":", 2);
      if (pair.length == 2 && (pair[0].equals("used_cpu_sys") || pair[0].equals("used_cpu_user"))) {
        fields.put(pair[0], Double.parseDouble(pair[1].strip()));
      }
    }
    if (fields.size() != 2) {
      return -1;
    }
    return Math.round((fields.get("used_cpu_sys") + fields.get("used_cpu_user")) * 1e9);
  }
}
