package org.allybot.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.allybot.core.Allybot;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.RateLimits;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.member.Member;
import org.allybot.core.message.PlainTextRenderer;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
import org.allybot.server.runtime.TempFolder;

/**
 * The whole product as the server wires it ({@link AllybotRuntime}) on a private embedded Redis in
 * a temporary folder, with one fake Slack workspace; closing it stops everything and deletes the
 * folder.
 */
final class BenchRuntime implements AutoCloseable {
  static final WorkspaceId WORKSPACE = new WorkspaceId(Platform.SLACK, "TBENCH");

  /**
   * A workspace on another platform, with no rate limit, whose runs warm the JVM up at full speed
   * without touching the measured workspace's data or rate.
   */
  static final WorkspaceId WARMUP = new WorkspaceId(Platform.SHELL, "WARMUP");

  /**
   * A second Slack workspace, with its own rate budget on the same fake Slack, whose short run
   * warms up the throttled path (waiting for permits, 429s) before the measured run.
   */
  static final WorkspaceId THROTTLED_WARMUP = new WorkspaceId(Platform.SLACK, "TWARMUP");

  /** Member 0, listed in {@code ALLYBOT_ADMINS}. */
  static final String ADMIN = memberId(0);

  private final TempFolder dataDir;
  private final AllybotRuntime runtime;

  private BenchRuntime(TempFolder dataDir, AllybotRuntime runtime) {
    this.dataDir = dataDir;
    this.runtime = runtime;
  }

  /**
   * Starts Allybot with {@code platforms}; Slack sends are shaped to {@code slackRate} a second,
   * the shell's are not limited.
   */
  static BenchRuntime start(List<ThrottlingFakePlatform> platforms, double slackRate) {
    return start(platforms, slackRate, Clock.systemUTC());
  }

  /** As above, with the core on {@code clock} (Redis and Quartz keep real time). */
  static BenchRuntime start(List<ThrottlingFakePlatform> platforms, double slackRate, Clock clock) {
    TempFolder dataDir = TempFolder.create("allybot-bench-");
    try {
      Settings settings =
          Settings.from(
              Map.of(
                  "ALLYBOT_DATA_DIR",
                  dataDir.path().toString(),
                  "ALLYBOT_ADMINS",
                  ADMIN,
                  "ALLYBOT_DEFAULT_TZ",
                  "UTC"));
      AllybotRuntime runtime =
          AllybotRuntime.start(
              settings,
              platforms.stream().collect(Collectors.toMap(p -> p.platform(), p -> p)),
              clock,
              Map.of(
                  Platform.SLACK, RateLimits.uniform(slackRate),
                  Platform.SHELL, RateLimits.unlimited()));
      return new BenchRuntime(dataDir, runtime);
    } catch (RuntimeException e) {
      dataDir.close();
      throw e;
    }
  }

  Allybot bot() {
    return runtime.bot();
  }

  AllybotRuntime runtime() {
    return runtime;
  }

  static String memberId(int index) {
    return "U%07d".formatted(index);
  }

  static List<String> memberIds(int count) {
    return IntStream.range(0, count).mapToObj(BenchRuntime::memberId).toList();
  }

  static UserRef user(WorkspaceId workspace, String id) {
    return new UserRef(workspace, id);
  }

  /** The member as the platform presents them: the same name the store holds, no zone. */
  static Actor actor(WorkspaceId workspace, String id) {
    return new Actor(user(workspace, id), displayName(id), false, "");
  }

  /**
   * Saves members {@code from} (inclusive) to {@code to} (exclusive) straight into the store,
   * already introduced, so every message they get has the same size.
   */
  void seed(WorkspaceId workspace, int from, int to) {
    var members = runtime.bot().context().members();
    var now = runtime.bot().context().clock().instant();
    IntStream.range(from, to)
        .parallel()
        .mapToObj(BenchRuntime::memberId)
        .forEach(id ->
            members.save(
                Member.newcomer(user(workspace, id), displayName(id), "", now).markIntroduced()));
  }

  /** Says {@code text} as the admin and returns the reply as the shell would print it. */
  String sayAsAdmin(WorkspaceId workspace, String text) {
    Reply reply =
        runtime.bot().handle(new CoreEvent.CommandInvoked(actor(workspace, ADMIN), text, ""));
    List<String> lines = new ArrayList<>();
    reply.messages().forEach(m -> lines.add(PlainTextRenderer.render(m, 1)));
    return String.join("\n", lines);
  }

  /** Waits until the delivery queue is empty and no sender holds an entry. */
  void awaitDeliveriesDone(Duration timeout) throws InterruptedException {
    if (!runtime.worker().awaitIdle(timeout)) {
      throw new IllegalStateException("deliveries still pending after " + timeout);
    }
  }

  @Override
  public void close() {
    try {
      runtime.close();
    } finally {
      dataDir.close();
    }
  }

  private static String displayName(String id) {
    return "Bench member " + id;
  }
}
