package org.allybot.bench.faults;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Fault 5: every instance is down across a campaign's scheduled poll. Two instances run a campaign
 * whose poll is due a little over a minute ahead (the members' time zone, Europe/London); both are
 * killed before it, and started again together half a minute after it. The poll must go out once on
 * restart (the missed fire is within the grace window, ALLYBOT_GRACE_HOURS=1), to every member
 * exactly once, and never again.
 */
final class MissedFireDrill {
  private static final ZoneId MEMBERS = ZoneId.of("Europe/London");

  private MissedFireDrill() {}

  static boolean run(int members, double speedUp) throws Exception {
    try (DrillRig rig = new DrillRig(members, speedUp, FaultDrill.DURABLE_REDIS)) {
      rig.setting("ALLYBOT_GRACE_HOURS", "1");
      rig.startServer();
      rig.startServer();
      FaultDrill.check(rig.command(0, FaultDrill.CREATE), FaultDrill.CREATE);
      long opens = Math.round(members / rig.opensPerSecond());
      rig.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(120 + 2 * opens));
      rig.slack.clearCalls();
      ZonedDateTime fire =
          ZonedDateTime.now(MEMBERS).plusSeconds(75).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
      String edit =
          "campaign edit Drill --polls "
              + day(fire.getDayOfWeek())
              + "@"
              + String.format("%02d:%02d", fire.getHour(), fire.getMinute());
      FaultDrill.check(rig.command(0, edit), edit);
      Thread.sleep(3000);
      rig.process(0).destroyForcibly().waitFor();
      rig.process(1).destroyForcibly().waitFor();
      long down = Duration.between(ZonedDateTime.now(MEMBERS), fire).toSeconds();
      System.out.printf(
          "both instances killed %d s before the poll due at %s (London); %d polls out before%n",
          down, fire.toLocalTime(), served(rig));
      Thread.sleep(Math.max(0, (down + 30) * 1000));
      long restart = System.nanoTime();
      rig.startServer();
      rig.startServer();
      FaultDrill.awaitPosts(rig, 1, Duration.ofSeconds(120));
      double first = (System.nanoTime() - restart) / 1e9;
      FaultDrill.awaitPosts(rig, members, Duration.ofSeconds(120 + 2 * opens));
      rig.awaitQuiet(Duration.ofSeconds(20), Duration.ofSeconds(120));
      FanOutFigures figures = FanOutFigures.of(rig.postsPerMember());
      long fires = rig.logLines("queued [1-9][0-9]* poll deliveries"); // CampaignFanOut's line
      System.out.printf(
          "both started again 30 s after it was due: first poll out %.1f s after the restart"
              + " began; fired %d time(s) in all; %s (quiet for 20 s after)%n",
          first, fires, figures);
      return figures.exactlyOnce() && fires == 1;
    }
  }

  private static String day(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
  }

  private static long served(DrillRig rig) {
    return rig.postsPerMember().values().stream().filter(n -> n > 0).count();
  }
}
