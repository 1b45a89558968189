package org.allybot.bench;

/**
 * A measured fan-out, and the unthrottled and throttled warm-up runs before it (null when skipped),
 * with the targets they are held to.
 */
record FanOutResult(int rate, FanOutRun warmup, FanOutRun throttledWarmup, FanOutRun run) {

  /** The CPU the JVM may spend per delivery. */
  static final double CPU_TARGET_MILLIS = 0.5;

  /** N / R: no sender can beat the platform's limit. */
  double floorSeconds() {
    return (double) run.members() / rate;
  }

  /** Within 5 % of the floor, plus two seconds to list the audience and get going. */
  double targetSeconds() {
    return 1.05 * floorSeconds() + 2;
  }

  boolean passed() {
    return run.allArrived()
        && run.seconds() <= targetSeconds()
        && run.duplicates() == 0
        && run.lost() == 0
        && run.jvmCpuMillisPerDelivery() < CPU_TARGET_MILLIS;
  }

  String report() {
    StringBuilder out = new StringBuilder();
    out.append("FanOutBench: one campaign run to every member, through the delivery queue\n");
    if (warmup != null) {
      out.append(warmUpLine("warm-up run", warmup));
    }
    if (throttledWarmup != null) {
      out.append(warmUpLine("throttled warm-up", throttledWarmup));
    }
    out.append(line("members N", Integer.toString(run.members())))
        .append(line("rate R", rate + " posts/s"))
        .append(line("floor N/R", seconds(floorSeconds())))
        .append(line("target 1.05*N/R + 2 s", seconds(targetSeconds())))
        .append(
            line("wall time", seconds(run.seconds()) + (run.allArrived() ? "" : " (timed out)")))
        .append(
            line(
                "achieved rate",
                "%.1f posts/s".formatted((run.members() - run.lost()) / run.seconds())))
        .append(line("duplicates", Long.toString(run.duplicates())))
        .append(line("lost", Long.toString(run.lost())))
        .append(line("429s seen", Long.toString(run.rateLimited())))
        .append(
            line(
                "JVM CPU per delivery",
                "%.3f ms (target < %.1f ms)"
                    .formatted(run.jvmCpuMillisPerDelivery(), CPU_TARGET_MILLIS)))
        .append(
            line(
                "  of which JIT compiling",
                "%.3f ms (C1/C2 threads: one-off work a long-running server has done)"
                    .formatted(run.jitMillisPerDelivery())))
        .append(
            line(
                "Redis CPU per delivery",
                "%.3f ms (separate process, not in the target)"
                    .formatted(run.redisCpuMillisPerDelivery())))
        .append(passed() ? "PASS" : "FAIL");
    return out.toString();
  }

  private static String warmUpLine(String name, FanOutRun run) {
    return line(
        name,
        "%d members in %.2f s, %.3f ms JVM CPU per delivery, %.3f ms of it JIT (not judged)"
            .formatted(
                run.members(),
                run.seconds(),
                run.jvmCpuMillisPerDelivery(),
                run.jitMillisPerDelivery()));
  }

  private static String line(String name, String value) {
    return "  %-24s %s%n".formatted(name, value);
  }

  private static String seconds(double s) {
    return "%.2f s".formatted(s);
  }
}
