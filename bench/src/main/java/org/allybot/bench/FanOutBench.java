package org.allybot.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;

/**
 * Times {@code /ally campaign run NAME now} to N members, from the command until the fake Slack,
 * which allows R posts a second, has received every member's message. A smaller run in another
 * workspace warms the JVM up first. Exits 0 on PASS, 1 on FAIL.
 */
public final class FanOutBench {
  private static final Set<String> OPTIONS = Set.of("members", "rate", "warmup", "latency-ms");
  private static final Duration SETTLE = Duration.ofSeconds(30);

  private FanOutBench() {}

  /**
   * {@code --members N} (10000), {@code --rate R} (500), {@code --warmup W} members in the
   * unthrottled warm-up run (as many as N; 0 skips both warm-ups), {@code --latency-ms L} per post
   * (0).
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
    int members = options.get("members", 10_000);
    FanOutResult result =
        run(
            members,
            options.get("rate", 500),
            options.get("warmup", members),
            Duration.ofMillis(options.get("latency-ms", 0)));
    System.out.println(result.report());
    System.exit(result.passed() ? 0 : 1);
  }

  /**
   * A warm-up run of {@code warmup} members and a throttled one of two seconds' worth (unless
   * {@code warmup} is 0), then the measured one, on a fresh runtime.
   */
  static FanOutResult run(int members, int rate, int warmup, Duration latency)
      throws InterruptedException {
    if (members < 1 || rate < 1) {
      throw new IllegalArgumentException("members and rate must be at least 1");
    }
    var slack =
        new ThrottlingFakePlatform(Platform.SLACK, rate, BenchRuntime.memberIds(members), latency);
    var shell = new ThrottlingFakePlatform(Platform.SHELL, 0, List.of(), Duration.ZERO);
    try (BenchRuntime bench = BenchRuntime.start(List.of(slack, shell), rate)) {
      FanOutRun warm =
          warmup < 1 ? null : campaignRun(bench, shell, BenchRuntime.WARMUP, warmup, rate);
      // The unthrottled run never waits for a permit nor meets a 429: without this one, the
      // measured run would pay for compiling (and recompiling) that path.
      FanOutRun throttled =
          warmup < 1
              ? null
              : campaignRun(
                  bench, slack, BenchRuntime.THROTTLED_WARMUP, Math.min(warmup, 2 * rate), rate);
      return new FanOutResult(
          rate, warm, throttled, campaignRun(bench, slack, BenchRuntime.WORKSPACE, members, rate));
    }
  }

  /** Creates a mandatory campaign for everyone in {@code workspace}, then times one run of it. */
  private static FanOutRun campaignRun(
      BenchRuntime bench,
      ThrottlingFakePlatform platform,
      WorkspaceId workspace,
      int members,
      int rate)
      throws InterruptedException {
    // Created before the members exist, so only the admin gets a welcome, and scheduled three
    // days ahead, so no scheduled or caught-up occurrence fires during the run.
    String day = day(LocalDate.now(ZoneOffset.UTC).plusDays(3).getDayOfWeek());
    expect(
        bench.sayAsAdmin(
            workspace,
            "campaign create Bench --mandatory --audience all --polls %s@12:00 --lessons %s@12:00"
                .formatted(day, day)),
        "created");
    bench.awaitDeliveriesDone(SETTLE);
    bench.seed(workspace, 1, members);
    List<String> ids = BenchRuntime.memberIds(members);
    platform.expect(workspace, ids);

    ProcessCpu before = ProcessCpu.now(bench.runtime().redis());
    long start = System.nanoTime();
    String audience = String.format(Locale.ENGLISH, "to %,d member(s)", members);
    expect(bench.sayAsAdmin(workspace, "campaign run Bench now"), audience);
    boolean allArrived = platform.awaitAll(timeout(members, rate));
    long end = allArrived ? platform.lastArrival() : System.nanoTime();
    ProcessCpu cpu = ProcessCpu.now(bench.runtime().redis()).since(before);
    // Let stragglers land, so a late duplicate is counted too.
    bench.runtime().worker().awaitIdle(allArrived ? SETTLE : Duration.ofSeconds(1));
    return new FanOutRun(
        members,
        Duration.ofNanos(end - start),
        allArrived,
        platform.duplicates(),
        platform.lost(),
        platform.rateLimited(),
        cpu);
  }

  /** Three times the floor, and never under ten seconds, so a tiny run is not cut short by JIT. */
  static Duration timeout(int members, int rate) {
    return Duration.ofMillis(Math.max(10_000, 3_000L * members / rate));
  }

  private static String day(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
  }

  private static void expect(String reply, String fragment) {
    if (!reply.contains(fragment)) {
      throw new IllegalStateException("unexpected reply from Allybot: " + reply);
    }
  }
}
