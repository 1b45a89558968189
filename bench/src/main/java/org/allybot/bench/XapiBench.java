package org.allybot.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.allybot.content.ContentLoader;
import org.allybot.content.Curriculum;
import org.allybot.core.MasterKey;
import org.allybot.core.UserRef;
import org.allybot.core.learning.LearningEvent;
import org.allybot.core.member.MemberPseudonym;
import org.allybot.core.store.RedisConnection;
import org.allybot.core.store.RedisStatementQueue;
import org.allybot.core.xapi.ActorMode;
import org.allybot.core.xapi.ForwardingSettings;
import org.allybot.core.xapi.MemberEmails;
import org.allybot.core.xapi.StatementForwarder;
import org.allybot.core.xapi.XapiRecords;
import org.allybot.core.xapi.XapiStatements;
import org.allybot.core.xapi.XapiVocabulary;
import org.allybot.server.runtime.EmbeddedRedis;
import org.allybot.server.runtime.TempFolder;
import org.allybot.server.xapi.HttpLrs;
import org.allybot.server.xapi.XapiSettings;
import org.allybot.testkit.xapi.FakeLrs;
import redis.clients.jedis.UnifiedJedis;

/**
 * Measures how fast one instance forwards queued xAPI statements to a local fake LRS: N statements
 * are built from poll answers and queued on the embedded Redis, then the forwarder (as the server
 * runs it: batches of 50 over HTTP, each batch acknowledged in Redis) is started and timed until
 * the LRS holds them all. Exits 0 on PASS.
 */
public final class XapiBench {
  private static final Set<String> OPTIONS = Set.of("statements", "warmup", "senders");
  private static final String PUBLIC = "https://ally.example.com";

  private XapiBench() {}

  /** {@code --statements} (20000), {@code --warmup} (5000), {@code --senders} threads (1). */
  public static void main(String[] args) throws InterruptedException {
    BenchArgs options;
    try {
      options = BenchArgs.parse(args, OPTIONS);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    XapiResult result =
        run(
            options.get("statements", 20_000),
            options.get("warmup", 5_000),
            options.get("senders", 1));
    System.out.println(result.report());
    System.exit(result.passed() ? 0 : 1);
  }

  /** A warm-up run, then the measured one, each on the same Redis and fake LRS. */
  static XapiResult run(int statements, int warmup, int senders) throws InterruptedException {
    if (statements < 1 || senders < 1) {
      throw new IllegalArgumentException("statements and senders must be at least 1");
    }
    Curriculum curriculum = ContentLoader.builtIn().curriculum();
    try (TempFolder data = TempFolder.create("allybot-xapi-bench-");
        EmbeddedRedis embedded = EmbeddedRedis.start(data.path().resolve("redis"));
        UnifiedJedis redis = RedisConnection.open(embedded.url());
        FakeLrs lrs = FakeLrs.start()) {
      RedisStatementQueue queue = new RedisStatementQueue(redis);
      XapiRecords records =
          new XapiRecords(
              new XapiStatements(
                  curriculum,
                  new XapiVocabulary(PUBLIC),
                  new MemberPseudonym(MasterKey.generate()),
                  ActorMode.PSEUDONYM,
                  MemberEmails.NONE),
              queue);
      XapiSettings settings =
          new XapiSettings(
              lrs.endpoint(),
              FakeLrs.USERNAME,
              FakeLrs.PASSWORD,
              ActorMode.PSEUDONYM,
              Duration.ofSeconds(30));
      Round round = new Round(curriculum, records, queue, lrs, settings, senders);
      if (warmup > 0) {
        round.run(0, warmup);
      }
      Round.Timing timing = round.run(warmup, statements);
      return new XapiResult(
          statements,
          senders,
          timing.queueSeconds(),
          timing.forwardSeconds(),
          lrs.statements().size() - warmup,
          lrs.batchSizes().stream().mapToLong(Integer::longValue).sum() - warmup - statements,
          lrs.problems().size(),
          queue.setAsideCount(),
          queue.waiting());
    }
  }

  /** One run: queue statements {@code from} to {@code from + count}, then forward them all. */
  private record Round(
      Curriculum curriculum,
      XapiRecords records,
      RedisStatementQueue queue,
      FakeLrs lrs,
      XapiSettings settings,
      int senders) {
    private static final Instant AT = Instant.parse("2031-06-02T09:00:00Z");

    record Timing(double queueSeconds, double forwardSeconds) {}

    Timing run(int from, int count) throws InterruptedException {
      var scenarios = curriculum.scenarios();
      long queueStart = System.nanoTime();
      for (int i = from; i < from + count; i++) {
        var scenario = scenarios.get(i % scenarios.size());
        records.record(
            new LearningEvent.PollAnswered(
                new UserRef(BenchRuntime.WORKSPACE, BenchRuntime.memberId(i % 10_000)),
                "bench",
                scenario.id(),
                scenario.opening().id(),
                scenario.opening().options().get(i % scenario.opening().options().size()).id(),
                AT.plusMillis(i)));
      }
      long forwardStart = System.nanoTime();
      int target = from + count;
      try (HttpLrs http = new HttpLrs(settings, Clock.systemUTC());
          StatementForwarder forwarder =
              new StatementForwarder(
                  queue, http, ForwardingSettings.defaults("bench-" + from).withSenders(senders))) {
        forwarder.start();
        long deadline = forwardStart + Duration.ofSeconds(60 + count / 100).toNanos();
        while (lrs.statements().size() < target && System.nanoTime() < deadline) {
          Thread.sleep(2);
        }
      }
      long end = System.nanoTime();
      return new Timing((forwardStart - queueStart) / 1e9, (end - forwardStart) / 1e9);
    }
  }
}
