package org.allybot.bench.faults;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.allybot.testkit.slack.SlackFailure;

/**
 * The fault drills of ops/faults/, each against real server processes, a Redis process and the fake
 * Slack on loopback. Prints its figures and exits 1 when a promise breaks:
 *
 * <ul>
 *   <li>{@code platform-outage [members] [seconds]}: Slack answers 429, 500, 503 and timeouts for
 *       {@code seconds} (30) in the middle of a fan-out; every member gets the poll exactly once.
 *   <li>{@code kill-instance [members]}: one of two instances is killed with SIGKILL in the middle
 *       of a fan-out; 0 lost, 0 duplicates, and the time until the other has finished its work.
 *   <li>{@code redis-restart [answers] [seconds]} and {@code redis-kill [answers]}: see {@link
 *       RedisDrills}.
 *   <li>{@code missed-fire [members]}: see {@link MissedFireDrill}.
 *   <li>{@code slow-redis [answers] [per second] [delay ms]}: see {@link SlowRedisDrill}.
 *   <li>{@code multi-instance [Slack members] [Teams members]}: see {@link MultiInstanceDrill}.
 * </ul>
 */
public final class FaultDrill {
  static final String CREATE =
      "campaign create Drill --audience <#" + DrillRig.CHANNEL + "> --mandatory";
  static final List<String> DURABLE_REDIS = List.of("appendonly yes", "appendfsync everysec");

  private FaultDrill() {}

  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "";
    int members = args.length > 1 ? Integer.parseInt(args[1]) : 600;
    double speedUp = Double.parseDouble(System.getProperty("allybot.drill.speedUp", "30"));
    boolean kept =
        switch (which) {
          case "platform-outage" ->
              platformOutage(members, speedUp, args.length > 2 ? Integer.parseInt(args[2]) : 30);
          case "kill-instance" -> KillInstanceDrill.run(members, speedUp);
          case "redis-restart" ->
              RedisDrills.restart(
                  args.length > 1 ? members : 1500,
                  args.length > 2 ? Integer.parseInt(args[2]) : 5);
          case "redis-kill" -> RedisDrills.kill(args.length > 1 ? members : 2000);
          case "missed-fire" -> MissedFireDrill.run(args.length > 1 ? members : 200, speedUp);
          case "multi-instance" ->
              MultiInstanceDrill.run(
                  args.length > 1 ? members : 5000,
                  args.length > 2 ? Integer.parseInt(args[2]) : 5000,
                  Double.parseDouble(System.getProperty("allybot.drill.speedUp", "50")),
                  Double.parseDouble(System.getProperty("allybot.drill.teamsSpeedUp", "8")));
          case "slow-redis" ->
              SlowRedisDrill.run(
                  args.length > 1 ? members : 600,
                  args.length > 2 ? Double.parseDouble(args[2]) : 20,
                  args.length > 3 ? Long.parseLong(args[3]) : 300);
          default -> {
            System.err.println(
                "usage: FaultDrill platform-outage|kill-instance|redis-restart|redis-kill|missed-fire|slow-redis|multi-instance [count] [...]");
            System.exit(2);
            yield false;
          }
        };
    System.out.println(kept ? "PASS" : "FAIL");
    System.exit(kept ? 0 : 1);
  }

  static boolean platformOutage(int members, double speedUp, int seconds) throws Exception {
    try (DrillRig rig = new DrillRig(members, speedUp, DURABLE_REDIS)) {
      rig.startServer();
      startFanOut(rig, 0);
      long t0 = System.nanoTime();
      awaitPosts(rig, members / 10, Duration.ofSeconds(60));
      List<SlackFailure> mix =
          List.of(
              SlackFailure.rateLimited(1),
              SlackFailure.status(500),
              SlackFailure.status(503),
              new SlackFailure(504, "", 0));
      rig.slack.outage(
          Set.of("chat.postMessage", "conversations.open"), mix, Duration.ofSeconds(seconds));
      long outageAt = System.nanoTime();
      System.out.printf(
          "outage: %d s of 429/500/503/timeouts (12 s stalls) on chat.postMessage and"
              + " conversations.open, from %.1f s into the fan-out%n",
          seconds, (outageAt - t0) / 1e9);
      awaitPosts(rig, members, Duration.ofSeconds(seconds + 240L));
      double done = (System.nanoTime() - t0) / 1e9;
      rig.awaitQuiet(Duration.ofSeconds(5), Duration.ofSeconds(30));
      FanOutFigures figures = FanOutFigures.of(rig.postsPerMember());
      long failed = rig.slack.calls().stream().filter(c -> c.status() >= 429).count();
      System.out.printf(
          "%s; failed platform answers %d (429s %d); fan-out done %.1f s after it started,"
              + " %.1f s after the outage ended%n",
          figures, failed, rig.slack.rateLimited(), done, done - seconds - (outageAt - t0) / 1e9);
      return figures.exactlyOnce();
    }
  }

  /** Creates the drill's mandatory campaign, lets its welcome settle, then runs it now. */
  static void startFanOut(DrillRig rig, int server) throws Exception {
    check(rig.command(server, CREATE), CREATE);
    // The welcome goes to every member first, a conversations.open each: wait for all of it.
    long opens = Math.round(rig.members.size() / rig.opensPerSecond());
    rig.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(120 + 2 * opens));
    rig.slack.clearCalls();
    check(rig.command(server, "campaign run Drill now"), "campaign run Drill now");
  }

  /** Waits until {@code count} members got their poll, at most {@code atMost}. */
  static void awaitPosts(DrillRig rig, int count, Duration atMost) throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < deadline
        && rig.postsPerMember().values().stream().filter(n -> n > 0).count() < count) {
      Thread.sleep(200);
    }
  }

  static void check(int status, String command) {
    if (status != 200) {
      throw new IllegalStateException("/ally " + command + " answered HTTP " + status);
    }
  }
}
