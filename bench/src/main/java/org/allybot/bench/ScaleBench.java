package org.allybot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.allybot.core.Platform;
import org.allybot.core.campaign.CampaignFanOut;
import org.allybot.core.campaign.Occurrence;
import org.allybot.core.campaign.OccurrenceKind;
import org.allybot.core.campaign.Slot;
import redis.clients.jedis.UnifiedJedis;

/**
 * One workspace of N members (100,000 by default): the Redis memory each enrolled member costs, the
 * time a scheduled fire takes to queue every member's delivery (the scheduler's own {@link
 * CampaignFanOut#fire}), then the whole fan-out through a fake Slack that allows R posts a second,
 * with the JVM's peak heap. Run it with {@code -Xmx256m}. Exits 0 on PASS, 1 on FAIL.
 */
public final class ScaleBench {
  private static final Set<String> OPTIONS = Set.of("members", "rate");
  static final double FIRE_TARGET_SECONDS = 10;
  static final long BYTES_PER_MEMBER_TARGET = 2_048;

  private ScaleBench() {}

  /** {@code --members N} (100000), {@code --rate R} posts a second (2000). */
  public static void main(String[] args) throws InterruptedException {
    BenchArgs options;
    try {
      options = BenchArgs.parse(args, OPTIONS);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    ScaleResult result = run(options.get("members", 100_000), options.get("rate", 2_000));
    System.out.println(result.report());
    System.exit(result.passed() ? 0 : 1);
  }

  static ScaleResult run(int members, int rate) throws InterruptedException {
    var slack =
        new ThrottlingFakePlatform(
            Platform.SLACK, rate, BenchRuntime.memberIds(members), Duration.ZERO);
    try (BenchRuntime bench = BenchRuntime.start(List.of(slack), rate)) {
      String day =
          LocalDate.now(ZoneOffset.UTC)
              .plusDays(3)
              .getDayOfWeek()
              .getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
              .toLowerCase(Locale.ROOT);
      String reply =
          bench.sayAsAdmin(
              BenchRuntime.WORKSPACE,
              "campaign create Bench --mandatory --audience all --polls " + day + "@12:00");
      if (!reply.contains("created")) {
        throw new IllegalStateException("unexpected reply from Allybot: " + reply);
      }
      bench.awaitDeliveriesDone(Duration.ofSeconds(30));
      UnifiedJedis redis = bench.runtime().redis();
      long memoryBefore = usedMemory(redis);
      bench.seed(BenchRuntime.WORKSPACE, 1, members);
      long bytesPerMember = (usedMemory(redis) - memoryBefore) / Math.max(1, members - 1);
      slack.expect(BenchRuntime.WORKSPACE, BenchRuntime.memberIds(members));

      var fanOut = new CampaignFanOut(bench.bot().context());
      Occurrence fire =
          new Occurrence(
              BenchRuntime.WORKSPACE,
              "bench",
              OccurrenceKind.POLL,
              new Slot(ZoneId.of("UTC"), LocalTime.of(12, 0)),
              Instant.now());
      long start = System.nanoTime();
      fanOut.fire(fire);
      Duration queued = Duration.ofNanos(System.nanoTime() - start);
      boolean allArrived = slack.awaitAll(FanOutBench.timeout(members, rate));
      long end = allArrived ? slack.lastArrival() : System.nanoTime();
      bench.runtime().worker().awaitIdle(Duration.ofSeconds(allArrived ? 30 : 1));
      long bytesAfter = (usedMemory(redis) - memoryBefore) / Math.max(1, members - 1);
      return new ScaleResult(
          members,
          rate,
          bytesPerMember,
          bytesAfter,
          queued,
          Duration.ofNanos(slack.firstArrival(BenchRuntime.WORKSPACE) - start),
          Duration.ofNanos(end - start),
          allArrived,
          slack.duplicates(),
          slack.lost(),
          peakHeapBytes(),
          Runtime.getRuntime().maxMemory());
    }
  }

  private static long usedMemory(UnifiedJedis redis) {
    for (String line : redis.info("memory").split("\r?\n")) {
      if (line.startsWith("used_memory:")) {
        return Long.parseLong(line.substring("used_memory:".length()).strip());
      }
    }
    throw new IllegalStateException("Redis did not report used_memory");
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
