package org.allybot.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.Allybot;
import org.allybot.core.Platform;
import org.allybot.core.delivery.RateLimits;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.message.PlainTextRenderer;

/**
 * Times {@code /ally campaign report} on a campaign that has run for weeks: its members joined and
 * answered the baseline, answered polls and read lessons every week, and most answered the
 * follow-up. Exits 0 on PASS (p95 under 200 ms, every poll answer shown).
 */
public final class ReportBench {
  private static final Set<String> OPTIONS =
      Set.of("members", "answers", "weeks", "threads", "warmup", "reports");

  private ReportBench() {}

  /**
   * {@code --members} (10000), {@code --answers} (200000), {@code --weeks} (12), {@code --threads}
   * (8), {@code --warmup} reports (50), {@code --reports} timed (200).
   */
  public static void main(String[] args) throws InterruptedException {
    BenchArgs options;
    try {
      options = BenchArgs.parse(args, OPTIONS);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    ReportResult result =
        run(
            options.get("members", 10_000),
            options.get("answers", 200_000),
            options.get("weeks", 12),
            options.get("threads", 8),
            options.get("warmup", 50),
            options.get("reports", 200));
    System.out.println(result.report());
    System.exit(result.passed() ? 0 : 1);
  }

  static ReportResult run(int members, int answers, int weeks, int threads, int warmup, int reports)
      throws InterruptedException {
    if (members < 1 || weeks < 1 || reports < 1 || answers < weeks) {
      throw new IllegalArgumentException("members, weeks and reports must be at least 1");
    }
    ShiftedClock clock = new ShiftedClock();
    Instant start = Instant.now().minus(Duration.ofDays(7L * weeks));
    clock.shiftTo(start);
    var slack =
        new ThrottlingFakePlatform(
            Platform.SLACK, 0, BenchRuntime.memberIds(members), Duration.ZERO);
    try (BenchRuntime bench = BenchRuntime.start(List.of(slack), RateLimits.UNLIMITED, clock)) {
      // Created before the members exist, so that its only invitation goes to the admin; no
      // cadence, so that the scheduler sends nothing while the weeks are played.
      LocalDate end = LocalDate.now(ZoneOffset.UTC).plusDays(7);
      bench.sayAsAdmin(
          BenchRuntime.WORKSPACE, "campaign create Bench --polls none --lessons none --end " + end);
      bench.seed(BenchRuntime.WORKSPACE, 0, members);
      long seeding = System.nanoTime();
      CampaignSeeding seed = new CampaignSeeding(bench.bot(), clock, members, threads);
      seed.joinAndAnswerBaseline();
      seed.answerPolls(answers, weeks, start);
      clock.shiftTo(Instant.now());
      bench.sayAsAdmin(BenchRuntime.WORKSPACE, "campaign run Bench survey now");
      bench.awaitDeliveriesDone(Duration.ofMinutes(5));
      seed.answerFollowup(members * 6 / 10);
      double seedSeconds = (System.nanoTime() - seeding) / 1e9;
      return measure(
          bench.bot(), members, answers, weeks, seedSeconds, seed.errors(), warmup, reports);
    }
  }

  private static ReportResult measure(
      Allybot bot,
      int members,
      int answers,
      int weeks,
      double seedSeconds,
      long seedErrors,
      int warmup,
      int reports) {
    String text = "";
    for (int i = 0; i < warmup; i++) {
      text = report(bot);
    }
    Latencies latencies = new Latencies();
    for (int i = 0; i < reports; i++) {
      long started = System.nanoTime();
      text = report(bot);
      latencies.add(System.nanoTime() - started);
    }
    Latencies sorted = Latencies.merge(List.of(latencies));
    return new ReportResult(
        members,
        answers,
        weeks,
        seedSeconds,
        seedErrors,
        reports,
        sorted.percentileMillis(50),
        sorted.percentileMillis(95),
        sorted.percentileMillis(99),
        sorted.percentileMillis(100),
        find(text, "Polls answered: (\\S+)"),
        find(text, "• Baseline \\(on joining\\): (started \\S+, completed \\S+)"));
  }

  private static String report(Allybot bot) {
    Reply reply =
        bot.handle(
            new CoreEvent.CommandInvoked(
                BenchRuntime.actor(BenchRuntime.WORKSPACE, BenchRuntime.ADMIN),
                "campaign report Bench",
                ""));
    return String.join(
        "\n", reply.messages().stream().map(m -> PlainTextRenderer.render(m, 1)).toList());
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1) : "(not in the report)";
  }
}
