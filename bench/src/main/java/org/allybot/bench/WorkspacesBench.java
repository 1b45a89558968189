package org.allybot.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.CampaignFanOut;
import org.allybot.core.campaign.Occurrence;
import org.allybot.core.campaign.OccurrenceKind;
import org.allybot.core.campaign.Slot;

/**
 * W workspaces of M members each (1,000 of 100 by default), their campaigns fired together on the
 * scheduler's threads, against a fake Slack that allows R posts a second in each workspace: each
 * workspace must finish within 1.05 x its own floor (M/R) + 2 s, so no workspace holds up another.
 * Exits 0 on PASS, 1 on FAIL.
 */
public final class WorkspacesBench {
  private static final Set<String> OPTIONS = Set.of("workspaces", "members", "rate");
  private static final int FIRE_THREADS = 10;

  private WorkspacesBench() {}

  /** {@code --workspaces W} (1000), {@code --members M} (100), {@code --rate R} (2). */
  public static void main(String[] args) throws InterruptedException {
    BenchArgs options;
    try {
      options = BenchArgs.parse(args, OPTIONS);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    WorkspacesResult result =
        run(options.get("workspaces", 1_000), options.get("members", 100), options.get("rate", 2));
    System.out.println(result.report());
    System.exit(result.passed() ? 0 : 1);
  }

  static WorkspacesResult run(int workspaces, int members, int rate) throws InterruptedException {
    List<String> ids = BenchRuntime.memberIds(members);
    var slack = new ThrottlingFakePlatform(Platform.SLACK, rate, ids, Duration.ZERO);
    try (BenchRuntime bench = BenchRuntime.start(List.of(slack), rate)) {
      Map<WorkspaceId, List<String>> expected = new LinkedHashMap<>();
      String day =
          LocalDate.now(ZoneOffset.UTC)
              .plusDays(3)
              .getDayOfWeek()
              .getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
              .toLowerCase(Locale.ROOT);
      for (int w = 0; w < workspaces; w++) {
        WorkspaceId workspace = new WorkspaceId(Platform.SLACK, "TW%06d".formatted(w));
        bench.sayAsAdmin(
            workspace,
            "campaign create Bench --mandatory --audience all --polls " + day + "@12:00");
        bench.seed(workspace, 1, members);
        expected.put(workspace, ids);
      }
      bench.awaitDeliveriesDone(Duration.ofSeconds(60 + 2L * workspaces / rate));
      slack.expect(expected);

      var fanOut = new CampaignFanOut(bench.bot().context());
      Slot slot = new Slot(ZoneId.of("UTC"), LocalTime.of(12, 0));
      Map<WorkspaceId, Long> fired = new ConcurrentHashMap<>();
      ExecutorService scheduler = Executors.newFixedThreadPool(FIRE_THREADS);
      for (WorkspaceId workspace : expected.keySet()) {
        scheduler.execute(() -> {
          fired.put(workspace, System.nanoTime());
          fanOut.fire(new Occurrence(workspace, "bench", OccurrenceKind.POLL, slot, Instant.now()));
        });
      }
      scheduler.shutdown();
      scheduler.awaitTermination(10, TimeUnit.MINUTES);
      double floor = (double) members / rate;
      boolean allArrived = slack.awaitAll(Duration.ofSeconds((long) (3 * floor) + 60));
      bench.runtime().worker().awaitIdle(Duration.ofSeconds(allArrived ? 30 : 1));
      List<Double> seconds = new ArrayList<>();
      List<Double> firsts = new ArrayList<>();
      for (WorkspaceId workspace : expected.keySet()) {
        seconds.add(sinceFire(slack.lastArrival(workspace), fired.get(workspace)));
        firsts.add(sinceFire(slack.firstArrival(workspace), fired.get(workspace)));
      }
      return new WorkspacesResult(
          workspaces,
          members,
          rate,
          seconds,
          firsts,
          allArrived,
          slack.duplicates(),
          slack.lost(),
          slack.rateLimited());
    }
  }

  private static double sinceFire(long arrival, long fired) {
    return arrival == 0 ? Double.POSITIVE_INFINITY : (arrival - fired) / 1e9;
  }
}
