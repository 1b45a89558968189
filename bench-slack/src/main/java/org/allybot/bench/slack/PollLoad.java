package org.allybot.bench.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.allybot.server.Server;
import org.allybot.server.runtime.TempFolder;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackPayloads;
import org.allybot.testkit.slack.SlackSigner;

/**
 * Signed poll answers ({@code block_actions}) against the running Allybot server on the embedded
 * Redis, and in the same run against the two bare Bolt apps, with the same driver and load.
 */
final class PollLoad {
  static final int USERS = 1000;
  private static final AtomicLong TRIGGERS = new AtomicLong();

  private PollLoad() {}

  static void run(int connections, Duration warmup, Duration measure, int rounds) throws Exception {
    try (TempFolder data = TempFolder.create("allybot-bench");
        FakeSlackApi fake = FakeSlackApi.start().keepParams(false);
        Server server =
            Server.start(
                Map.of(
                    "PORT",
                    Integer.toString(EmbeddedRedisExtension.freePort()),
                    "ALLYBOT_DATA_DIR",
                    data.path().toString(),
                    "ALLYBOT_LOG_LEVEL",
                    "WARN",
                    "SLACK_SIGNING_SECRET",
                    SlackSigner.SECRET,
                    "SLACK_BOT_TOKEN",
                    FakeSlackApi.BOT_TOKEN,
                    "SLACK_API_URL",
                    fake.apiUrl()),
                Clock.systemUTC())) {
      Javalin ackOnly = BareBoltApps.ackOnly(fake);
      Javalin hashMap = BareBoltApps.hashMapPoll(fake);
      URI allybot = events(server.port());
      List<JsonNode> buttons = pollButtons(allybot, fake);
      LoadDriver driver = new LoadDriver(connections);
      Checks checks = new Checks(server, fake, buttons);
      System.out.printf(
          "Poll answers: %d connections, %d users, %d options, warm-up %ds, %ds per run, %d rounds%n",
          connections, USERS, buttons.size(), warmup.toSeconds(), measure.toSeconds(), rounds);
      List<Latencies> ally = new ArrayList<>();
      List<Latencies> a = new ArrayList<>();
      List<Latencies> b = new ArrayList<>();
      // Every member clicks once first, so users.info (cached for an hour) is not in the timed
      // runs.
      checks.allybot(
          driver.run(
              "first clicks", allybot, clicks(fake, buttons, 0), Duration.ofMinutes(5), USERS),
          0);
      checks.allybot(driver.run("warm-up allybot", allybot, clicks(fake, buttons, 1), warmup), 1);
      if (Boolean.getBoolean("allybotOnly")) {
        print(
            checks.allybot(
                driver.run(
                    "Allybot (Redis, response_url)", allybot, clicks(fake, buttons, 2), measure),
                2));
        System.out.printf("users.info calls: %d%n", fake.count("users.info"));
        return;
      }
      driver.run("warm-up (a)", events(ackOnly.port()), clicks(fake, buttons, 1), warmup);
      checks.hashMap(
          driver.run("warm-up (b)", events(hashMap.port()), clicks(fake, buttons, 1), warmup));
      for (int round = 2; round < rounds + 2; round++) {
        IntFunction<String> clicks = clicks(fake, buttons, round);
        ally.add(
            print(
                checks.allybot(
                    driver.run("Allybot (Redis, response_url)", allybot, clicks, measure), round)));
        a.add(
            print(driver.run("(a) bare Bolt, ack only", events(ackOnly.port()), clicks, measure)));
        b.add(
            print(
                checks.hashMap(
                    driver.run(
                        "(b) bare Bolt, HashMap + chat.update",
                        events(hashMap.port()),
                        clicks,
                        measure))));
      }
      double allyTp = mean(ally, Latencies::throughput);
      double aTp = mean(a, Latencies::throughput);
      double bTp = mean(b, Latencies::throughput);
      System.out.printf(
          "Allybot: p99 %.2f ms (target < 50), throughput %.0f/s = %.2fx of (b) (target >= 1.0),"
              + " %.2fx of (a) (target >= 0.6)%n",
          mean(ally, l -> l.percentileMillis(99)), allyTp, allyTp / bTp, allyTp / aTp);
      System.out.printf(
          "Checked after each Allybot run: a response_url post for every click, and every"
              + " member's latest answer in Redis (Allybot's throughput counts the time until the"
              + " last post arrived); after each (b) run: a chat.update for every click.%n");
      ackOnly.stop();
      hashMap.stop();
    }
  }

  private static Latencies print(Latencies l) {
    System.out.println(l.line());
    return l;
  }

  private static double mean(
      List<Latencies> runs, java.util.function.ToDoubleFunction<Latencies> f) {
    return runs.stream().mapToDouble(f).average().orElse(Double.NaN);
  }

  private static URI events(int port) {
    return URI.create("http://127.0.0.1:" + port + "/slack/events");
  }

  /** The answer buttons of one poll, as Allybot renders it for {@code /ally poll}. */
  private static List<JsonNode> pollButtons(URI allybot, FakeSlackApi fake) throws Exception {
    String body =
        SlackPayloads.command(
            FakeSlackApi.TEAM, "U0BENCH0000", "poll", fake.responseUrl("p"), "t0");
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                SlackSigner.withTestSecret().post(allybot, body).build(),
                HttpResponse.BodyHandlers.ofString());
    JsonNode reply = new ObjectMapper().readTree(r.body());
    List<JsonNode> buttons =
        reply.findParents("action_id").stream()
            .filter(n -> n.path("action_id").asText().contains("poll.answer"))
            .toList();
    if (buttons.isEmpty()) {
      throw new IllegalStateException("no poll buttons in the reply to /ally poll");
    }
    return buttons;
  }

  /**
   * Round {@code round}'s clicks: click {@code i} is member {@code i % USERS}, who picks the option
   * after the one they picked in the round before, so each round changes every member's answer.
   */
  static IntFunction<String> clicks(FakeSlackApi fake, List<JsonNode> buttons, int round) {
    return i -> {
      JsonNode button = buttons.get(option(i % USERS, round, buttons.size()));
      return SlackPayloads.blockAction(
          FakeSlackApi.TEAM,
          member(i % USERS),
          button.path("action_id").asText(),
          button.path("value").asText(),
          fake.responseUrl("bench"),
          "bench." + TRIGGERS.incrementAndGet(),
          false);
    };
  }

  static int option(int member, int round, int options) {
    return (member + round) % options;
  }

  static String member(int index) {
    return String.format("U0B%07d", index);
  }
}
