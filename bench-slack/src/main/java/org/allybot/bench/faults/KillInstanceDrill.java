package org.allybot.bench.faults;

import java.time.Duration;

/**
 * Two instances share the fan-out; one is killed with SIGKILL when a third of the members have
 * their poll. The other reclaims what the dead one held (idle entries) and finishes: 0 lost, 0
 * duplicates, and how long after the kill every entry the dead one held was settled (the promise:
 * under 60 s).
 */
final class KillInstanceDrill {
  private KillInstanceDrill() {}

  static boolean run(int members, double speedUp) throws Exception {
    try (DrillRig rig = new DrillRig(members, speedUp, FaultDrill.DURABLE_REDIS)) {
      rig.startServer();
      rig.startServer();
      FaultDrill.startFanOut(rig, 0);
      long t0 = System.nanoTime();
      // A cold fan-out opens each member's DM first (50 a minute, sped up): allow for all of them.
      long opens = Math.round(members / rig.opensPerSecond());
      FaultDrill.awaitPosts(rig, members / 3, Duration.ofSeconds(120 + 2 * opens));
      DeadConsumer dead = new DeadConsumer(rig, rig.log(1));
      dead.awaitHolding(Duration.ofSeconds(30));
      rig.process(1).destroyForcibly().waitFor();
      long killedAt = System.nanoTime();
      int held = dead.noteHeld();
      System.out.printf(
          "killed instance 2 (SIGKILL) at %.1f s, %d of %d members served; it held %d queue"
              + " entries%n",
          (killedAt - t0) / 1e9, served(rig), members, held);
      double reclaimed = dead.awaitSettled(killedAt, Duration.ofSeconds(120));
      long lastProgress = awaitProgressEnd(rig, members, Duration.ofSeconds(90));
      double afterKill = (lastProgress - killedAt) / 1e9;
      rig.awaitQuiet(Duration.ofSeconds(5), Duration.ofSeconds(30));
      FanOutFigures figures = FanOutFigures.of(rig.postsPerMember());
      System.out.printf(
          "%s; every entry the dead instance held settled %.1f s after the kill (reclaim;"
              + " promise: under 60 s); fan-out done %.1f s after the kill, %.1f s in all; 429s %d;"
              + " looks for sends in flight at the kill (conversations.history) %d%n",
          figures,
          reclaimed,
          afterKill,
          (lastProgress - t0) / 1e9,
          rig.slack.rateLimited(),
          rig.slack.count("conversations.history"));
      if (held == 0) {
        System.out.println("the killed instance held nothing: the drill proved nothing; run again");
      }
      return figures.exactlyOnce() && reclaimed >= 0 && reclaimed < 60 && held > 0;
    }
  }

  /**
   * Waits until every member is served or none is newly served for {@code quiet}; returns when the
   * last one was.
   */
  private static long awaitProgressEnd(DrillRig rig, int members, Duration quiet)
      throws InterruptedException {
    long last = System.nanoTime();
    long count = served(rig);
    while (count < members && System.nanoTime() - last < quiet.toNanos()) {
      Thread.sleep(200);
      long now = served(rig);
      if (now > count) {
        count = now;
        last = System.nanoTime();
      }
    }
    return last;
  }

  private static long served(DrillRig rig) {
    return rig.postsPerMember().values().stream().filter(n -> n > 0).count();
  }
}
