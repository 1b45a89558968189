package org.allybot.bench.slack;

import java.time.Duration;

/**
 * Runs the Slack benchmarks: {@code poll} (signed poll answers against Allybot and two bare Bolt
 * apps), {@code fanout} (10,000 members through the adapter, cold and warm), or {@code all}; {@code
 * fuzz} sends 10,000 signed, mutated requests ({@code -Drequests=N -Dseed=S}) and fails on any 5xx
 * or stack trace.
 */
public final class SlackBench {
  private SlackBench() {}

  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "all";
    if (which.equals("poll") || which.equals("all")) {
      PollLoad.run(
          Integer.getInteger("connections", 8),
          Duration.ofSeconds(Integer.getInteger("warmup", 20)),
          Duration.ofSeconds(Integer.getInteger("seconds", 15)),
          Integer.getInteger("rounds", 2));
    }
    if (which.equals("fuzz")) {
      boolean pass =
          SlackFuzzDriver.run(
              Integer.getInteger("requests", 10_000), Long.getLong("seed", System.nanoTime()));
      System.exit(pass ? 0 : 1);
    }
    if (which.equals("fanout") || which.equals("all")) {
      FanOutLoad.run(
          Integer.getInteger("members", 10_000),
          Double.parseDouble(System.getProperty("speedUp", "20")));
    }
    System.exit(0);
  }
}
