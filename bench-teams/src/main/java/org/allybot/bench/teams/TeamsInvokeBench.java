package org.allybot.bench.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.allybot.server.teams.TeamsWiring;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.allybot.testkit.teams.TeamsActivities;

/**
 * {@code adaptiveCard/action} invokes (poll answers, each with a fresh activity id and a checked
 * JWT) sent over HTTP to the real server at a fixed rate, open loop: latency is measured from when
 * each request was due, so a slow server cannot hide behind a slow client. Arguments: {@code [rate
 * per second (300)] [seconds measured (30)] [seconds of warm-up (10)] [members (100)]}.
 */
public final class TeamsInvokeBench {
  static final String TENANT = "bbbbbbbb-0000-4000-8000-000000000001";

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int members = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    try (BenchServer bench = new BenchServer()) {
      TeamsActivities tenant = bench.tenant(TENANT);
      List<FakeMember> people = new ArrayList<>();
      List<JsonNode> options = new ArrayList<>();
      for (int i = 0; i < members; i++) {
        FakeMember m = FakeMember.numbered(50_000 + i);
        people.add(m);
        bench.send(tenant.personalMessage(m, "poll"));
        List<ConnectorCall> sent = bench.connector.calls(ConnectorCall.Kind.SEND);
        options.add(SentCards.actionData(SentCards.card(sent.get(sent.size() - 1)), "○"));
      }
      if (System.getProperty("bench.baseline") != null) {
        baseline(bench, rate, seconds);
      }
      RawLoad load = new RawLoad(bench.served.port(), 16);
      List<byte[]> warming = requests(bench, load, tenant, people, options, rate * warmup);
      List<byte[]> measured = requests(bench, load, tenant, people, options, rate * seconds);
      run(load, warming, rate, false);
      // The request list is built up front; settle it into the old generation now, so that
      // copying it is not a pause inside the measured run.
      System.gc();
      boolean ok = run(load, measured, rate, true);
      Thread.sleep(Long.getLong("bench.linger", 0L));
      System.out.println(ok ? "RESULT: PASS" : "RESULT: FAIL");
    }
  }

  /** {@code total} invokes, each a poll answer with its own activity id, as raw requests. */
  private static List<byte[]> requests(
      BenchServer bench,
      RawLoad load,
      TeamsActivities tenant,
      List<FakeMember> people,
      List<JsonNode> options,
      int total) {
    List<byte[]> requests = new ArrayList<>(total);
    for (int n = 0; n < total; n++) {
      requests.add(
          load.post(
              TeamsWiring.PATH,
              bench.token(),
              tenant
                  .execute(people.get(n % people.size()), options.get(n % options.size()))
                  .toString()));
    }
    return requests;
  }

  private static boolean run(RawLoad load, List<byte[]> requests, int rate, boolean report)
      throws InterruptedException {
    int total = requests.size();
    RawLoad.Result result = load.run(requests, rate, body -> body.contains("\"statusCode\":200"));
    if (!report) {
      return true;
    }
    long[] latencies = result.latencies();
    Arrays.sort(latencies);
    double p50 = ms(latencies, 0.50);
    double p90 = ms(latencies, 0.90);
    double p99 = ms(latencies, 0.99);
    double max = latencies[latencies.length - 1] / 1e6;
    boolean ok = p99 < 50 && result.errors() == 0;
    System.out.printf(
        "invokes: %d at %d/s over %.1f s (achieved %.1f/s); latency ms p50 %.2f p90 %.2f p99 %.2f"
            + " max %.2f; errors %d -> %s%n",
        total,
        rate,
        result.seconds(),
        total / result.seconds(),
        p50,
        p90,
        p99,
        max,
        result.errors(),
        ok ? "ok" : "NOT OK");
    return ok;
  }

  /** The same load on {@code GET /healthz}: what HTTP alone costs on this machine. */
  private static void baseline(BenchServer bench, int rate, int seconds) throws Exception {
    int total = rate * seconds;
    long[] latencies = new long[total];
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    var request =
        new okhttp3.Request.Builder()
            .url("http://127.0.0.1:" + bench.served.port() + "/healthz")
            .build();
    try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < total; i++) {
        long due = start + i * interval;
        int n = i;
        LockSupport.parkNanos(due - System.nanoTime());
        clients.submit(() -> {
          try (okhttp3.Response response = bench.load.newCall(request).execute()) {
            response.body().string();
          } catch (Exception e) {
            // counted as slow
          }
          latencies[n] = System.nanoTime() - due;
        });
      }
    }
    Arrays.sort(latencies);
    System.out.printf(
        "baseline GET /healthz at %d/s: p50 %.2f p99 %.2f max %.2f ms%n",
        rate, ms(latencies, 0.5), ms(latencies, 0.99), latencies[total - 1] / 1e6);
  }

  private static double ms(long[] sorted, double quantile) {
    int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }
}
