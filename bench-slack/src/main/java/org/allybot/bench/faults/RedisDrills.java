package org.allybot.bench.faults;

import java.time.Duration;
import java.util.List;

/**
 * Faults 2 and 3: Redis goes away in the middle of a stream of poll answers to a server. Restarted
 * gracefully (SIGTERM, then started again on the same files): no acknowledged answer is lost,
 * {@code /readyz} turns 503 within 2 s and back to 200 within 5 s of Redis answering again, and
 * every click during the outage gets a reply asking to try again. Killed with SIGKILL under {@code
 * appendfsync everysec} and {@code always}: how many acknowledged answers each loses.
 */
final class RedisDrills {
  private static final double RATE = 100;

  private RedisDrills() {}

  /** Fault 2. */
  static boolean restart(int clicks, int downSeconds) throws Exception {
    try (DrillRig rig = new DrillRig(0, 1, FaultDrill.DURABLE_REDIS)) {
      rig.startServer();
      AnswerStream stream = new AnswerStream(rig, 0);
      stream.start(clicks, RATE);
      Thread.sleep((long) (clicks / RATE * 1000 / 4));
      long stopAt = System.nanoTime();
      rig.redis.close(); // SIGTERM: Redis writes its append-only file and exits
      long down = System.nanoTime();
      double notReady = awaitReady(rig, false, Duration.ofSeconds(10), down);
      Thread.sleep(Math.max(0, downSeconds * 1000L - (System.nanoTime() - down) / 1_000_000));
      rig.startRedis();
      long up = System.nanoTime();
      double ready = awaitReady(rig, true, Duration.ofSeconds(30), up);
      AnswerStream.Figures figures =
          stream.finish(clicks, Duration.ofSeconds(clicks / (long) RATE + 60), "");
      System.out.printf(
          "Redis stopped (SIGTERM) at %.1f s into a stream of %d answers at %.0f/s, down %.1f s"
              + " (stop took %.1f s)%n",
          stopAtSeconds(stream, stopAt), clicks, RATE, (up - down) / 1e9, (down - stopAt) / 1e9);
      System.out.printf(
          "/readyz 503 %.2f s after Redis went (promise: within 2 s); 200 again %.2f s after it"
              + " answered (promise: within 5 s)%n",
          notReady, ready);
      System.out.println(figures);
      String refusal = stream.refusalText();
      System.out.println("reply to a click during the outage: \"" + refusal + "\"");
      return figures.lost() == 0
          && figures.silent() == 0
          && figures.refused() > 0
          && refusal.toLowerCase().contains("try again")
          && notReady >= 0
          && notReady <= 2
          && ready >= 0
          && ready <= 5;
    }
  }

  /** Fault 3: both fsync policies, one after the other. */
  static boolean kill(int clicks) throws Exception {
    long lostAlways = -1;
    for (String fsync : List.of("everysec", "always")) {
      try (DrillRig rig = new DrillRig(0, 1, List.of("appendonly yes", "appendfsync " + fsync))) {
        rig.startServer();
        AnswerStream stream = new AnswerStream(rig, 0);
        stream.start(clicks, RATE);
        Thread.sleep((long) (clicks / RATE * 1000 / 2));
        rig.redis.kill(); // SIGKILL: whatever Redis had not written is gone
        double at = stream.sinceStart() / 1e9;
        Thread.sleep(1000);
        rig.startRedis();
        AnswerStream.Figures figures =
            stream.finish(clicks, Duration.ofSeconds(clicks / (long) RATE + 60), "");
        System.out.printf(
            "appendfsync %s: Redis killed (SIGKILL) at %.1f s of %d answers at %.0f/s, restarted"
                + " 1 s later; %s%n",
            fsync, at, clicks, RATE, figures);
        if (fsync.equals("always")) {
          lostAlways = figures.lost();
        }
      }
    }
    return lostAlways == 0;
  }

  private static double stopAtSeconds(AnswerStream stream, long stopAt) {
    return (stream.sinceStart() - (System.nanoTime() - stopAt)) / 1e9;
  }

  /**
   * Polls /readyz every 50 ms until it answers 200 ({@code ready}) or not; seconds after {@code
   * from}, or -1 if it did not within {@code atMost}.
   */
  private static double awaitReady(DrillRig rig, boolean ready, Duration atMost, long from)
      throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < deadline) {
      boolean now = rig.status(rig.port(0), "/readyz") == 200;
      if (now == ready) {
        return (System.nanoTime() - from) / 1e9;
      }
      Thread.sleep(50);
    }
    return -1;
  }
}
