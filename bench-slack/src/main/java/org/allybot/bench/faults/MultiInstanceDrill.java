package org.allybot.bench.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.allybot.testkit.slack.SlackCall;

/**
 * Two {@code allybot serve} processes on one Redis fan a campaign run (a poll; on some dates a
 * micro-lesson) out to a Slack workspace and a Teams tenant at once, through the fake Slack and the
 * fake Bot Connector, each enforcing its platform's limits (sped up, with the servers' {@code
 * ALLYBOT_SLACK_*} and {@code ALLYBOT_TEAMS_*} settings sped up as much) and answering 429 beyond
 * them. Judged: 0 lost, 0 duplicates, 0 429s (the set-up's included: Teams installs, each greeted,
 * and both campaigns' welcome), no one-second window busier than the fake's bucket allows, and the
 * fan-out done within 1.05 x its floor + 2 s, as one instance does it.
 */
final class MultiInstanceDrill {
  static final String TEAMS_CREATE = "campaign create Drill --mandatory";
  static final String RUN = "campaign run Drill now";

  private MultiInstanceDrill() {}

  /** Runs the drill and prints its figures; whether every promise was kept. */
  static boolean run(int slackMembers, int teamsMembers, double slackSpeed, double teamsSpeed)
      throws Exception {
    MultiInstanceFigures figures = fanOut(slackMembers, teamsMembers, slackSpeed, teamsSpeed);
    System.out.println(figures);
    return figures.exactlyOnceWithinLimits() && figures.inTime();
  }

  /** The fan-out on two instances; the figures, whatever they are. */
  static MultiInstanceFigures fanOut(
      int slackMembers, int teamsMembers, double slackSpeed, double teamsSpeed) throws Exception {
    try (DrillRig rig = new DrillRig(slackMembers, slackSpeed, List.of("appendonly no"));
        TeamsSide teams = new TeamsSide(teamsMembers, teamsSpeed)) {
      teams.settings().forEach(rig::setting);
      rig.setting("ALLYBOT_ADMINS", DrillRig.ADMIN + "," + TeamsSide.ADMIN.aadObjectId());
      rig.startServer();
      rig.startServer();
      List<Integer> ports = List.of(rig.port(0), rig.port(1));
      long setup = System.nanoTime();
      teams.install(ports);
      // An install greets the member: start counting after those, so the welcome is what follows.
      awaitQuiet(teams, Duration.ofSeconds(3), Duration.ofSeconds(120));
      teams.connector.clearCalls();
      FaultDrill.check(rig.command(0, FaultDrill.CREATE), FaultDrill.CREATE);
      teams.command(ports.get(1), TEAMS_CREATE);
      awaitWelcome(rig, teams);
      long welcomeRefused = rig.slack.rateLimited() + teams.connector.refusedForRate();
      System.out.printf(
          "set-up: %d Teams installs, then both campaigns' welcome to %d + %d members, in %.1f s;"
              + " 429s %d%n",
          teamsMembers,
          slackMembers,
          teamsMembers,
          (System.nanoTime() - setup) / 1e9,
          welcomeRefused);
      long refusedSlackBefore = rig.slack.rateLimited();
      rig.slack.clearCalls();
      teams.connector.clearCalls();

      long t0 = System.nanoTime();
      FaultDrill.check(rig.command(0, RUN), RUN);
      teams.command(ports.get(1), RUN);
      double floor =
          Math.max(
              (slackMembers - 1) / (8 * slackSpeed),
              (teamsMembers - 1) / (double) teams.sendsPerSecond());
      awaitAll(rig, teams, Duration.ofSeconds(120 + Math.round(4 * floor)));
      rig.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(30));
      Thread.sleep(2000); // a late duplicate on Teams would show within this

      PlatformFigures slack = slackFigures(rig, slackSpeed, refusedSlackBefore);
      PlatformFigures onTeams = teamsFigures(teams);
      long last = Math.max(slack.lastNanos(), onTeams.lastNanos());
      return new MultiInstanceFigures(
          slack, onTeams, (last - t0) / 1e9, List.of(sent(rig.port(0)), sent(rig.port(1))));
    }
  }

  private static PlatformFigures slackFigures(DrillRig rig, double speed, long refusedBefore) {
    List<Long> polls = new ArrayList<>();
    for (SlackCall call : rig.slack.calls("chat.postMessage")) {
      if (call.ok()) {
        polls.add(call.atNanos());
      }
    }
    double limit = 8 * speed;
    return new PlatformFigures(
        "Slack (chat.postMessage per workspace)",
        FanOutFigures.of(rig.postsPerMember()),
        refusedBefore + rig.slack.rateLimited(),
        PlatformFigures.peakPerSecond(polls),
        limit,
        (rig.members.size() - 1) / limit,
        polls.stream().mapToLong(Long::longValue).max().orElse(0));
  }

  private static PlatformFigures teamsFigures(TeamsSide teams) {
    List<Long> polls = teams.memberArrivals();
    double limit = teams.sendsPerSecond();
    return new PlatformFigures(
        "Teams (sends per tenant)",
        FanOutFigures.of(teams.postsPerMember()),
        // The connector counts every refusal since it started: the set-up's and the run's.
        teams.connector.refusedForRate(),
        PlatformFigures.peakPerSecond(polls),
        limit,
        (teams.members.size() - 1) / limit,
        polls.stream().mapToLong(Long::longValue).max().orElse(0));
  }

  /** Waits for every member's welcome on both platforms (bounded), then for a quiet moment. */
  private static void awaitWelcome(DrillRig rig, TeamsSide teams) throws InterruptedException {
    long opens = Math.round(rig.members.size() / rig.opensPerSecond());
    Duration atMost = Duration.ofSeconds(120 + 2 * opens);
    boolean welcomed =
        await(() -> rig.slack.count("chat.postMessage") - rig.members.size(), atMost)
            && await(() -> teams.served() - teams.members.size(), atMost);
    if (!welcomed) {
      // Counted on, the rest of the welcome would pass for duplicate polls.
      throw new IllegalStateException("the welcome did not reach every member in " + atMost);
    }
    rig.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(60));
    awaitQuiet(teams, Duration.ofSeconds(3), Duration.ofSeconds(60));
  }

  /** Waits until the connector has taken no call for {@code quiet}, at most {@code atMost}. */
  private static void awaitQuiet(TeamsSide teams, Duration quiet, Duration atMost)
      throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    long last = -1;
    long since = System.nanoTime();
    while (System.nanoTime() < deadline) {
      long now = teams.connector.calls().size();
      if (now != last) {
        last = now;
        since = System.nanoTime();
      } else if (System.nanoTime() - since >= quiet.toNanos()) {
        return;
      }
      Thread.sleep(100);
    }
  }

  private static void awaitAll(DrillRig rig, TeamsSide teams, Duration atMost)
      throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    await(() -> served(rig) - rig.members.size(), atMost);
    await(
        () -> teams.served() - teams.members.size(),
        Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
  }

  /**
   * Polls {@code shortfall} until it is no longer negative, at most {@code atMost}; whether it got
   * there.
   */
  private static boolean await(LongSupplier shortfall, Duration atMost)
      throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < deadline && shortfall.getAsLong() < 0) {
      Thread.sleep(200);
    }
    return shortfall.getAsLong() >= 0;
  }

  private static long served(DrillRig rig) {
    return rig.postsPerMember().values().stream().filter(n -> n > 0).count();
  }

  /** Deliveries the instance on {@code port} settled as sent, from its /metrics; -1 if unread. */
  private static long sent(int port) {
    try {
      HttpRequest get =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
              .timeout(Duration.ofSeconds(5))
              .build();
      String body =
          HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofString()).body();
      return Math.round(
          body.lines()
              .filter(l -> l.startsWith("allybot_deliveries_total{") && l.contains("\"sent\""))
              .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
              .sum());
    } catch (IOException | RuntimeException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
