package org.allybot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.allybot.content.Scenario;
import org.allybot.content.ScenarioOption;
import org.allybot.core.Allybot;
import org.allybot.core.Platform;
import org.allybot.core.delivery.RateLimits;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.poll.PollChoice;
import org.allybot.core.poll.PollMessages;

/**
 * Measures how many poll answers a second one instance records through {@link Allybot#handle}, with
 * many threads clicking at once, and checks the store kept one vote per member. Exits 0 on PASS.
 */
public final class AnswerBench {
  private static final Set<String> OPTIONS =
      Set.of("members", "threads", "warmup", "seconds", "campaign");

  private AnswerBench() {}

  /**
   * {@code --members} (1000), {@code --threads} (16), {@code --warmup} s (3), {@code --seconds}
   * (10), {@code --campaign} (0; 1 answers within a campaign, which also moves its counters).
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
    AnswerResult result =
        run(
            options.get("members", 1_000),
            options.get("threads", 16),
            Duration.ofSeconds(options.get("warmup", 3)),
            Duration.ofSeconds(options.get("seconds", 10)),
            options.get("campaign", 0) == 1 ? CAMPAIGN : "");
    System.out.println(result.report());
    System.exit(result.passed() ? 0 : 1);
  }

  /** The campaign {@code --campaign 1} answers in. */
  static final String CAMPAIGN = "bench";

  static AnswerResult run(int members, int threads, Duration warmup, Duration measure)
      throws InterruptedException {
    return run(members, threads, warmup, measure, "");
  }

  /** One run on a fresh runtime and store; {@code campaign} empty answers outside any campaign. */
  static AnswerResult run(
      int members, int threads, Duration warmup, Duration measure, String campaign)
      throws InterruptedException {
    if (members < 1 || threads < 1 || measure.isZero()) {
      throw new IllegalArgumentException("members, threads and seconds must be at least 1");
    }
    var slack =
        new ThrottlingFakePlatform(
            Platform.SLACK, 0, BenchRuntime.memberIds(members), Duration.ZERO);
    try (BenchRuntime bench = BenchRuntime.start(List.of(slack), RateLimits.UNLIMITED)) {
      if (!campaign.isEmpty()) {
        // Before the members exist, so that the only invitation goes to the admin.
        bench.sayAsAdmin(
            BenchRuntime.WORKSPACE, "campaign create Bench --polls none --lessons none");
      }
      bench.seed(BenchRuntime.WORKSPACE, 0, members);
      Allybot bot = bench.bot();
      Scenario scenario = poll(bot);
      Clicks clicks = new Clicks(bot, members, scenario, campaign, warmup, measure);
      clicks.run(threads);
      String pollKey = new PollChoice("", scenario.id(), Scenario.OPENING, "x").pollKey();
      long stored =
          bot
              .context()
              .answers()
              .distribution(BenchRuntime.user(BenchRuntime.WORKSPACE, BenchRuntime.ADMIN), pollKey)
              .values()
              .stream()
              .mapToLong(Long::longValue)
              .sum();
      Latencies latencies = clicks.latencies();
      return new AnswerResult(
          members,
          threads,
          pollKey + (campaign.isEmpty() ? "" : " in campaign " + campaign),
          measure.toNanos() / 1e9,
          latencies.size(),
          clicks.errors.get(),
          latencies.percentileMillis(50),
          latencies.percentileMillis(99),
          stored,
          clicks.voters());
    }
  }

  /** The first scenario whose opening offers a real choice. */
  private static Scenario poll(Allybot bot) {
    return bot.context().curriculum().scenarios().stream()
        .filter(s -> s.opening().options().size() >= 2)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the curriculum has no scenario to answer"));
  }

  /** The clicking threads: each takes the next (member, option) pair until time is up. */
  private static final class Clicks {
    private final Allybot bot;
    private final int members;
    private final List<Actor> actors = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private final long measureFrom;
    private final long measureUntil;
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicIntegerArray answered;
    private final List<Latencies> perThread = new ArrayList<>();

    Clicks(
        Allybot bot,
        int members,
        Scenario scenario,
        String campaign,
        Duration warmup,
        Duration measure) {
      this.bot = bot;
      this.members = members;
      this.answered = new AtomicIntegerArray(members);
      for (String id : BenchRuntime.memberIds(members)) {
        actors.add(BenchRuntime.actor(BenchRuntime.WORKSPACE, id));
      }
      for (ScenarioOption option : scenario.opening().options()) {
        values.add(new PollChoice(campaign, scenario.id(), Scenario.OPENING, option.id()).encode());
      }
      this.measureFrom = System.nanoTime() + warmup.toNanos();
      this.measureUntil = measureFrom + measure.toNanos();
    }

    void run(int threads) throws InterruptedException {
      List<Thread> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Latencies mine = new Latencies();
        perThread.add(mine);
        running.add(Thread.ofPlatform().name("answer-bench-" + t).start(() -> click(mine)));
      }
      for (Thread thread : running) {
        thread.join();
      }
    }

    private void click(Latencies mine) {
      // Until time is up, and at least twice round the members however slow the machine, so that
      // every member votes and changes their vote once (the smoke test checks both).
      for (long started = System.nanoTime();
          started < measureUntil || next.get() < 2L * members;
          started = System.nanoTime()) {
        long i = next.getAndIncrement();
        int member = (int) (i % members);
        // Each round through the members moves everyone on to another option.
        String value = values.get((int) ((member + i / members) % values.size()));
        Reply reply =
            bot.handle(
                new CoreEvent.ChoiceSelected(actors.get(member), PollMessages.ANSWER, value));
        long took = System.nanoTime() - started;
        answered.set(member, 1);
        if (!reply.replaceOriginal()) {
          errors.incrementAndGet();
        }
        if (started >= measureFrom) {
          mine.add(took);
        }
      }
    }

    Latencies latencies() {
      return Latencies.merge(perThread);
    }

    long voters() {
      long count = 0;
      for (int i = 0; i < members; i++) {
        count += answered.get(i);
      }
      return count;
    }
  }
}
