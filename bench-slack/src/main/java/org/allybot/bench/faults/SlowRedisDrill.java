package org.allybot.bench.faults;

import java.time.Duration;

/**
 * Fault 6: Redis answers 300 ms late (each command or pipeline held that long by a local {@link
 * SlowProxy}) under a stream of poll answers: Slack's ack of every click still comes within 3 s
 * (Slack's own limit), every click gets its reply, and no acknowledged answer is lost.
 */
final class SlowRedisDrill {
  private SlowRedisDrill() {}

  static boolean run(int clicks, double perSecond, long delayMillis) throws Exception {
    try (DrillRig rig = new DrillRig(0, 1, FaultDrill.DURABLE_REDIS);
        SlowProxy proxy = new SlowProxy(rig.redisPort(), delayMillis)) {
      rig.serversReachRedisAt(proxy.port());
      rig.startServer();
      AnswerStream stream = new AnswerStream(rig, 0);
      stream.start(clicks, perSecond);
      AnswerStream.Figures figures =
          stream.finish(clicks, Duration.ofSeconds((long) (clicks / perSecond) + 90), "");
      System.out.printf(
          "Redis %d ms slower per command through a local proxy (%d commands held); %d answers at"
              + " %.0f/s; slowest ack %.2f s (promise: within 3 s)%n",
          delayMillis, proxy.delayed(), clicks, perSecond, stream.slowestAck() / 1e9);
      System.out.println(figures);
      return figures.lost() == 0
          && figures.silent() == 0
          && figures.slowAcks() == 0
          && figures.acknowledged() == clicks;
    }
  }
}
