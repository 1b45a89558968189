package org.allybot.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.poll.PollAnswers;
import org.allybot.core.poll.PollChoice;
import org.allybot.core.store.RedisConnection;
import org.allybot.core.store.RedisPollAnswers;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackCall;
import org.allybot.testkit.slack.SlackPayloads;
import org.allybot.testkit.slack.SlackSigner;
import redis.clients.jedis.UnifiedJedis;

/**
 * A stream of signed poll answers to one server, each from a member of its own, at a fixed rate:
 * what each click got (its HTTP status and the reply posted to its response_url) and, afterwards,
 * which acknowledged answers Redis still holds. An answer is acknowledged when its reply replaced
 * the poll (Allybot recorded it); refused when the reply was a message asking to try again.
 */
final class AnswerStream {
  /** One click: who, when it was sent (ns since the stream began), and its HTTP status. */
  record Click(int n, String member, String optionValue, long sentAt, long tookNanos, int status) {}

  /** What the stream's clicks came to. */
  record Figures(int clicks, int acknowledged, int refused, int silent, int lost, long slowAcks) {
    @Override
    public String toString() {
      return String.format(
          "clicks %d: acknowledged %d, refused with a reply %d, silent (no 200 or no reply) %d;"
              + " acknowledged but not in Redis (lost) %d; acks over 3 s %d",
          clicks, acknowledged, refused, silent, lost, slowAcks);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DrillRig rig;
  private final int server;
  private final List<JsonNode> buttons;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Future<Click>> sent = new ArrayList<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(16);
  private long start;
  private volatile long slowest;

  AnswerStream(DrillRig rig, int server) throws Exception {
    this.rig = rig;
    this.server = server;
    this.buttons = pollButtons();
  }

  /** Sends {@code count} clicks at {@code perSecond}; returns at once (see {@link #finish}). */
  void start(int count, double perSecond) {
    start = System.nanoTime();
    Thread.ofPlatform()
        .daemon(true)
        .start(() -> {
          for (int n = 0; n < count; n++) {
            long due = start + (long) (n * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
              try {
                TimeUnit.NANOSECONDS.sleep(wait);
              } catch (InterruptedException e) {
                return;
              }
            }
            int i = n;
            synchronized (sent) {
              sent.add(pool.submit(() -> click(i)));
            }
          }
        });
  }

  /** The longest a click waited for its HTTP ack, in nanoseconds. */
  long slowestAck() {
    return slowest;
  }

  long sinceStart() {
    return System.nanoTime() - start;
  }

  /** Waits for every click and its reply (at most {@code atMost}), then counts. */
  Figures finish(int count, Duration atMost, String redisUrl) throws Exception {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (sentCount() < count && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    List<Click> clicks = new ArrayList<>();
    for (Future<Click> f : List.copyOf(sent)) {
      clicks.add(f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
    }
    awaitReplies(clicks, Duration.ofSeconds(60));
    pool.shutdownNow();
    Map<String, SlackCall> replies = new HashMap<>();
    for (SlackCall call : rig.slack.calls("response_url")) {
      replies.putIfAbsent(call.param(FakeSlackApi.RESPONSE_ID), call);
    }
    int acknowledged = 0;
    int refused = 0;
    int silent = 0;
    int lost = 0;
    long slow = 0;
    try (UnifiedJedis redis = RedisConnection.open("redis://127.0.0.1:" + rig.redisPort())) {
      PollAnswers answers = new RedisPollAnswers(redis);
      for (Click c : clicks) {
        SlackCall reply = replies.get("a" + c.n());
        if (c.status() != 200 || reply == null) {
          silent++;
        } else if ("true".equals(reply.param("replace_original"))) {
          acknowledged++;
          slow += c.tookNanos() > 3e9 ? 1 : 0;
          lost += stored(answers, c) ? 0 : 1;
        } else {
          refused++;
        }
      }
    }
    return new Figures(clicks.size(), acknowledged, refused, silent, lost, slow);
  }

  /** Waits until every click acknowledged with a 200 has its reply, at most {@code atMost}. */
  private void awaitReplies(List<Click> clicks, Duration atMost) throws InterruptedException {
    long answered = clicks.stream().filter(c -> c.status() == 200).count();
    long deadline = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < deadline
        && rig.slack.calls("response_url").stream()
                .filter(c -> c.param(FakeSlackApi.RESPONSE_ID).startsWith("a"))
                .count()
            < answered) {
      Thread.sleep(200);
    }
  }

  /** The text of the first reply to a click that was not an answer recorded, if any. */
  String refusalText() {
    return rig.slack.calls("response_url").stream()
        .filter(c -> c.param(FakeSlackApi.RESPONSE_ID).startsWith("a"))
        .filter(c -> !"true".equals(c.param("replace_original")))
        .map(c -> c.param("text"))
        .findFirst()
        .orElse("");
  }

  private int sentCount() {
    synchronized (sent) {
      return sent.size();
    }
  }

  private boolean stored(PollAnswers answers, Click c) {
    PollChoice choice = PollChoice.decode(c.optionValue()).orElseThrow();
    UserRef user = new UserRef(new WorkspaceId(Platform.SLACK, FakeSlackApi.TEAM), c.member());
    return answers.answerOf(user, choice.pollKey()).orElse("").equals(choice.optionId());
  }

  private Click click(int n) {
    String member = String.format("U0A%07d", n);
    JsonNode button = buttons.get(n % buttons.size());
    String body =
        SlackPayloads.blockAction(
            FakeSlackApi.TEAM,
            member,
            button.path("action_id").asText(),
            button.path("value").asText(),
            rig.slack.responseUrl("a" + n),
            "trigger-a" + n,
            false);
    long at = System.nanoTime();
    int status;
    try {
      HttpRequest post =
          SlackSigner.withTestSecret()
              .post(URI.create("http://127.0.0.1:" + rig.port(server) + "/slack/events"), body)
              .timeout(Duration.ofSeconds(10))
              .build();
      status = http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      status = 0;
    }
    long took = System.nanoTime() - at;
    slowest = Math.max(slowest, took);
    return new Click(n, member, button.path("value").asText(), at - start, took, status);
  }

  /**
   * The answer buttons of the poll Allybot shows for {@code /ally poll} (after a first command, as
   * a new member's first reply is the welcome), from the ack or, when slow, the response_url post.
   */
  private List<JsonNode> pollButtons() throws Exception {
    command("help", "h");
    String reply = command("poll", "p");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (reply.isBlank() && System.nanoTime() < deadline) {
      reply =
          rig.slack.calls("response_url").stream()
              .filter(c -> c.param(FakeSlackApi.RESPONSE_ID).equals("p"))
              .map(c -> c.param("blocks"))
              .findFirst()
              .orElse("");
      Thread.sleep(100);
    }
    List<JsonNode> found =
        JSON.readTree(reply.isBlank() ? "{}" : reply).findParents("action_id").stream()
            .filter(n -> n.path("action_id").asText().contains("poll.answer"))
            .toList();
    if (found.isEmpty()) {
      throw new IllegalStateException("no poll buttons in the reply to /ally poll: " + reply);
    }
    return found;
  }

  private String command(String text, String responseId) throws Exception {
    String body =
        SlackPayloads.command(
            FakeSlackApi.TEAM,
            DrillRig.ADMIN,
            text,
            rig.slack.responseUrl(responseId),
            "trigger-" + responseId);
    return http.send(
            SlackSigner.withTestSecret()
                .post(URI.create("http://127.0.0.1:" + rig.port(server) + "/slack/events"), body)
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
