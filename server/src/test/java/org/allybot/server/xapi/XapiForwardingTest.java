package org.allybot.server.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.allybot.content.ContentLoader;
import org.allybot.content.Curriculum;
import org.allybot.core.MasterKey;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.learning.LearningEvent;
import org.allybot.core.member.MemberPseudonym;
import org.allybot.core.store.RedisConnection;
import org.allybot.core.xapi.ActorMode;
import org.allybot.core.xapi.ForwardingSettings;
import org.allybot.core.xapi.MemberEmails;
import org.allybot.core.xapi.XapiBacklog;
import org.allybot.core.xapi.XapiStatements;
import org.allybot.core.xapi.XapiVocabulary;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.allybot.testkit.xapi.FakeLrs;
import org.allybot.testkit.xapi.LrsFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/** The export end to end on a real Redis and the fake LRS, through its failures. */
@ExtendWith(EmbeddedRedisExtension.class)
class XapiForwardingTest {
  private static final Curriculum CURRICULUM = ContentLoader.builtIn().curriculum();
  private static final String PUBLIC = "https://ally.example.com";
  private static final MasterKey KEY = MasterKey.generate();
  private static final UserRef ALICE =
      new UserRef(new WorkspaceId(Platform.SLACK, "T0001"), "U0ALICE42");
  private static final Instant AT = Instant.parse("2031-06-02T09:00:00Z");
  private static final ForwardingSettings FAST = fast("test");

  /**
   * Retries in milliseconds, and entries reclaimed after 3 s (longer than a request may take, so
   * that a slow machine does not reclaim a batch still in flight), for instance {@code name}.
   */
  private static ForwardingSettings fast(String name) {
    return new ForwardingSettings(
        name,
        1,
        50,
        Duration.ofMillis(100),
        Duration.ofMillis(20),
        Duration.ofMillis(200),
        Duration.ofHours(1),
        Duration.ofSeconds(3),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofSeconds(2));
  }

  private final FakeLrs fake = FakeLrs.start();
  private UnifiedJedis redis;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  @BeforeEach
  void connect(RedisEndpoint endpoint) {
    redis = RedisConnection.open(endpoint.url());
    redis.flushAll();
    logs.start();
    ((Logger) LoggerFactory.getLogger("org.allybot")).addAppender(logs);
  }

  @AfterEach
  void stop() {
    ((Logger) LoggerFactory.getLogger("org.allybot")).detachAppender(logs);
    redis.close();
    fake.close();
  }

  private XapiExport start(ForwardingSettings forwarding) {
    XapiSettings settings =
        new XapiSettings(
            fake.endpoint(),
            FakeLrs.USERNAME,
            FakeLrs.PASSWORD,
            ActorMode.PSEUDONYM,
            // Short enough for the stalled request below to time out, long enough for a slow
            // machine.
            Duration.ofMillis(1500));
    return XapiExport.start(
        settings, forwarding, redis, KEY, CURRICULUM, PUBLIC, MemberEmails.NONE, Clock.systemUTC());
  }

  private static LearningEvent read(int n) {
    return new LearningEvent.LessonExperienced(
        ALICE, "pilot", CURRICULUM.lessons().get(n % 30).id(), AT.plusMillis(n));
  }

  private static void record(XapiExport export, int count) {
    IntStream.range(0, count).forEach(i -> export.records().record(read(i)));
  }

  private void assertStoredOnceEach(int count) {
    await().atMost(Duration.ofSeconds(60)).until(() -> fake.statements().size() == count);
    assertThat(fake.problems()).isEmpty();
    assertThat(fake.statements().stream().map(s -> s.get("id").asText()).distinct()).hasSize(count);
  }

  @Test
  void statementsArriveValidInBatchesOfAtMostFifty() {
    try (XapiExport export = start(FAST)) {
      record(export, 120);

      assertStoredOnceEach(120);
      assertThat(fake.batchSizes()).allSatisfy(size -> assertThat(size).isBetween(1, 50));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> export.backlog().equals(new XapiBacklog(0, 0)));
    }
  }

  @Test
  void anLrsThatIsDownLosesNothingAndGetsEverythingOnceWhenBack() throws InterruptedException {
    fake.down();
    try (XapiExport export = start(FAST)) {
      record(export, 80);
      Thread.sleep(500); // several tries against the closed port
      assertThat(export.backlog().waiting()).isEqualTo(80);

      fake.up();

      assertStoredOnceEach(80);
      await().atMost(Duration.ofSeconds(60)).until(() -> export.backlog().waiting() == 0);
    }
  }

  @Test
  void tooManyRequestsServerErrorsAndTimeoutsAreRetriedUntilAccepted() {
    fake.failNext(LrsFailure.tooManyRequests("0"), 1);
    fake.failNext(LrsFailure.status(500), 2);
    fake.failNext(LrsFailure.stall(Duration.ofSeconds(4)), 1);
    try (XapiExport export = start(FAST)) {
      record(export, 40);

      assertStoredOnceEach(40);
      // Batches go out side by side, so the failures' order varies, and the stalled request's own
      // 503
      // is written after the client gave up: count the failures, not their order.
      assertThat(fake.statuses())
          .contains(200)
          .filteredOn(status -> status != 200 && status != 503)
          .containsExactlyInAnyOrder(429, 500, 500);
      assertThat(export.backlog().setAside()).isZero();
    }
  }

  @Test
  void aStatementTheLrsRefusesIsSetAsideAndCountedAndTheRestDelivered() {
    XapiStatements same =
        new XapiStatements(
            CURRICULUM,
            new XapiVocabulary(PUBLIC),
            new MemberPseudonym(KEY),
            ActorMode.PSEUDONYM,
            MemberEmails.NONE);
    fake.refuse(same.build(read(17)).id());
    try (XapiExport export = start(FAST)) {
      record(export, 30);

      assertStoredOnceEach(29);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> export.backlog().equals(new XapiBacklog(0, 1)));
    }
    assertThat(logs.list)
        .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("set aside"));
  }

  @Test
  void aRestartedInstanceSendsWhatTheStoppedOneHeld() {
    fake.down();
    try (XapiExport stopped = start(FAST)) {
      record(stopped, 10);
      // It holds the batch it read, retrying; the rest it has not read yet.
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> redis.xpending("ally:global:xapi:statements", "lrs").getTotal() > 0);
    }
    fake.up();

    try (XapiExport restarted = start(fast("restarted"))) {
      assertStoredOnceEach(10);
      await().atMost(Duration.ofSeconds(60)).until(() -> restarted.backlog().waiting() == 0);
    }
  }

  @Test
  void neitherStatementsNorLogLinesNameTheMember() {
    fake.failNext(LrsFailure.status(503), 1);
    try (XapiExport export = start(FAST)) {
      record(export, 3);
      assertStoredOnceEach(3);
    }

    String pseudonym = new MemberPseudonym(KEY).of(ALICE, "pilot");
    assertThat(fake.statements())
        .allSatisfy(s -> {
          assertThat(s.toString()).doesNotContain("U0ALICE42", "T0001");
          assertThat(s.at("/actor/account/name").asText()).isEqualTo(pseudonym);
        });
    List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines).isNotEmpty().noneMatch(l -> l.contains("U0ALICE42") || l.contains(pseudonym));
  }
}
