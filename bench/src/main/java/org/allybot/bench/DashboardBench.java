package org.allybot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.Platform;
import org.allybot.core.delivery.RateLimits;
import org.allybot.server.http.HttpServer;

/**
 * Times the dashboard's campaign page over HTTP (sign-in, session check, the report, the page and
 * its tables) on the campaign ReportBench plays: members who joined and answered the baseline,
 * polls answered over weeks, most answering the follow-up. Exits 0 on PASS (p95 under 200 ms, every
 * poll answer shown on the page).
 */
public final class DashboardBench {
  private static final Set<String> OPTIONS =
      Set.of("members", "answers", "weeks", "threads", "warmup", "pages");
  private static final double TARGET_P95_MILLIS = 200;
  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");
  private static final Pattern POLLS = Pattern.compile("<dt>Polls answered</dt><dd>([^<]+)</dd>");

  private DashboardBench() {}

  /**
   * {@code --members} (10000), {@code --answers} (200000), {@code --weeks} (12), {@code --threads}
   * (8), {@code --warmup} pages (50), {@code --pages} timed (200).
   */
  public static void main(String[] args) throws Exception {
    BenchArgs o;
    try {
      o = BenchArgs.parse(args, OPTIONS);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    int members = o.get("members", 10_000);
    int answers = o.get("answers", 200_000);
    int weeks = o.get("weeks", 12);
    ShiftedClock clock = new ShiftedClock();
    Instant start = Instant.now().minus(Duration.ofDays(7L * weeks));
    clock.shiftTo(start);
    var slack =
        new ThrottlingFakePlatform(
            Platform.SLACK, 0, BenchRuntime.memberIds(members), Duration.ZERO);
    boolean passed;
    try (BenchRuntime bench = BenchRuntime.start(List.of(slack), RateLimits.UNLIMITED, clock)) {
      LocalDate end = LocalDate.now(ZoneOffset.UTC).plusDays(7);
      bench.sayAsAdmin(
          BenchRuntime.WORKSPACE, "campaign create Bench --polls none --lessons none --end " + end);
      bench.seed(BenchRuntime.WORKSPACE, 0, members);
      long seeding = System.nanoTime();
      CampaignSeeding seed = new CampaignSeeding(bench.bot(), clock, members, o.get("threads", 8));
      seed.joinAndAnswerBaseline();
      seed.answerPolls(answers, weeks, start);
      clock.shiftTo(Instant.now());
      bench.sayAsAdmin(BenchRuntime.WORKSPACE, "campaign run Bench survey now");
      bench.awaitDeliveriesDone(Duration.ofMinutes(5));
      seed.answerFollowup(members * 6 / 10);
      System.out.printf(
          "DashboardBench: seeded %d members, %d poll answers over %d weeks in %.1f s (%d errors)%n",
          members, answers, weeks, (System.nanoTime() - seeding) / 1e9, seed.errors());
      passed = measure(bench, answers, o.get("warmup", 50), o.get("pages", 200));
      passed &= seed.errors() == 0;
    }
    System.out.println(passed ? "PASS" : "FAIL");
    System.exit(passed ? 0 : 1);
  }

  private static boolean measure(BenchRuntime bench, int answers, int warmup, int pages)
      throws Exception {
    int port = freePort();
    try (HttpServer http = HttpServer.start(port, bench.runtime(), HttpServer.metrics())) {
      HttpClient client =
          HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      Matcher token = TOKEN.matcher(bench.sayAsAdmin(BenchRuntime.WORKSPACE, "dashboard"));
      if (!token.find()) {
        throw new IllegalStateException("the admin got no sign-in link");
      }
      HttpResponse<String> login =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:" + port + "/admin/login?token=" + token.group(1)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String cookie = login.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
      HttpRequest page =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/campaigns/bench"))
              .header("Cookie", cookie)
              .build();
      String body = "";
      for (int i = 0; i < warmup; i++) {
        body = client.send(page, HttpResponse.BodyHandlers.ofString()).body();
      }
      Latencies latencies = new Latencies();
      for (int i = 0; i < pages; i++) {
        long started = System.nanoTime();
        body = client.send(page, HttpResponse.BodyHandlers.ofString()).body();
        latencies.add(System.nanoTime() - started);
      }
      Latencies sorted = Latencies.merge(List.of(latencies));
      Matcher polls = POLLS.matcher(body);
      String shown = polls.find() ? polls.group(1) : "(not on the page)";
      double p95 = sorted.percentileMillis(95);
      System.out.printf(
          "  campaign page (%d KB): p50 %.2f ms, p95 %.2f ms (target < %.0f ms), p99 %.2f ms,"
              + " max %.2f ms%n  polls answered shown: %s%n",
          body.length() / 1024,
          sorted.percentileMillis(50),
          p95,
          TARGET_P95_MILLIS,
          sorted.percentileMillis(99),
          sorted.percentileMillis(100),
          shown);
      return p95 < TARGET_P95_MILLIS && shown.equals(Integer.toString(answers));
    }
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
