package org.allybot.core.campaign;

import static org.allybot.core.campaign.TestCampaigns.WORKSPACE;
import static org.allybot.core.campaign.TestCampaigns.dailyLessons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.allybot.core.ManualClock;
import org.allybot.core.store.TestRedis;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Planning and claiming with a manual clock set years ahead of the real date, so Quartz (which
 * fires on real time) never reaches an on-time trigger during a test: only catch-up runs fire. The
 * test reads as if it ran on Tuesday 10 June 2031; {@link #on} moves those dates by whole 52-week
 * steps to stay at least four years ahead of whatever today is, keeping weekdays and summer time.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class CampaignSchedulerTest {
  private static final Period AHEAD = yearsAheadOfToday(4);
  private static final Instant NOW = at("2031-06-10T12:00:00Z"); // a Tuesday
  private static final LocalDate JUNE_1 = on(LocalDate.of(2031, 6, 1));
  private static final String ID = "allies-101";
  private static final Duration QUIET = Duration.ofMillis(1500);

  private final ManualClock clock = new ManualClock(NOW);
  private final InMemoryCampaignStore store = new InMemoryCampaignStore();
  private final RecordingOccurrenceHandler handler = new RecordingOccurrenceHandler();
  private final List<AutoCloseable> opened = new ArrayList<>();
  private RedisEndpoint endpoint;

  @BeforeEach
  void flush(RedisEndpoint redis) {
    endpoint = redis;
    TestRedis.connectEmpty(redis).close(); // each test starts with no claims
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable closeable : opened.reversed()) {
      closeable.close();
    }
  }

  @Test
  void anOccurrenceMissedTwoHoursAgoFiresOnceOnStart() {
    store.save(dailyLessons("Allies 101", JUNE_1, null));
    CampaignScheduler scheduler = scheduler("first", utcAt(10, 0));

    scheduler.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> handler.count() == 1);
    scheduler.rebuildAll();
    scheduler("restarted", utcAt(10, 0)).start();

    await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> handler.count() == 1);
    assertThat(handler.fired().getFirst().at()).isEqualTo(at("2031-06-10T10:00:00Z"));
    assertThat(scheduler.nextFireTimes(WORKSPACE, ID)).containsExactly(at("2031-06-11T10:00:00Z"));
  }

  @Test
  void anOccurrenceMissedSevenHoursAgoDoesNotFire() {
    store.save(dailyLessons("Allies 101", JUNE_1, null));
    CampaignScheduler scheduler = scheduler("late", utcAt(5, 0));

    scheduler.start();

    await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> handler.count() == 0);
    assertThat(scheduler.nextFireTimes(WORKSPACE, ID)).containsExactly(at("2031-06-11T05:00:00Z"));
  }

  @Test
  void twoInstancesCatchingUpAtStartFireOnce() {
    store.save(dailyLessons("Allies 101", JUNE_1, null));

    scheduler("one", utcAt(10, 0)).start();
    scheduler("two", utcAt(10, 0)).start();

    await().atMost(Duration.ofSeconds(10)).until(() -> handler.count() >= 1);
    await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> handler.count() == 1);
  }

  @Test
  void twoInstancesRunningTheSameOccurrencesFireEachOnce() throws Exception {
    Campaign campaign = dailyLessons("Allies 101", JUNE_1, null);
    CampaignScheduler one = scheduler("one", utcAt(10, 0));
    CampaignScheduler two = scheduler("two", utcAt(10, 0));
    List<Occurrence> occurrences = new ArrayList<>();
    for (int day = 0; day < 50; day++) {
      occurrences.add(
          new Occurrence(
              WORKSPACE,
              ID,
              OccurrenceKind.LESSON,
              new Slot(ZoneOffset.UTC, LocalTime.of(10, 0)),
              at("2031-06-01T10:00:00Z").plus(Duration.ofDays(day))));
    }
    AtomicInteger wins = new AtomicInteger();

    Thread first = Thread.ofPlatform().start(() -> runAll(one, campaign, occurrences, wins));
    Thread second = Thread.ofPlatform().start(() -> runAll(two, campaign, occurrences, wins));
    first.join();
    second.join();

    assertThat(wins).hasValue(50);
    assertThat(handler.fired()).hasSize(50).doesNotHaveDuplicates();
  }

  @Test
  void aPausedCampaignSchedulesNothing() {
    Campaign running = dailyLessons("Allies 101", JUNE_1, null);
    store.save(running.withPaused(true));
    CampaignScheduler scheduler = scheduler("paused", utcAt(10, 0));

    scheduler.start();
    assertThat(scheduler.nextFireTimes(WORKSPACE, ID)).isEmpty();
    await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> handler.count() == 0);

    store.save(running);
    scheduler.rebuild(running);
    assertThat(scheduler.nextFireTimes(WORKSPACE, ID)).contains(at("2031-06-11T10:00:00Z"));
    await().atMost(Duration.ofSeconds(10)).until(() -> handler.count() == 1);
    store.save(running.withPaused(true));
    scheduler.rebuild(running.withPaused(true));
    assertThat(scheduler.nextFireTimes(WORKSPACE, ID)).isEmpty();
  }

  @Test
  void aTriggerPlannedBeforeAnotherInstancePausedTheCampaignFiresNothing() {
    Campaign running = dailyLessons("Allies 101", JUNE_1, null);
    store.save(running.withPaused(true)); // paused by another instance, which told no one
    CampaignScheduler scheduler = scheduler("stale", utcAt(10, 0));
    scheduler.start();

    scheduler.rebuild(running); // a stale definition: its catch-up trigger fires at once

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> scheduler.nextFireTimes(WORKSPACE, ID).isEmpty());
    await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> handler.count() == 0);
  }

  @Test
  void aCampaignThatHasNotStartedWaitsForItsStartDate() {
    store.save(dailyLessons("Allies 101", on(LocalDate.of(2031, 6, 20)), null));
    CampaignScheduler scheduler = scheduler("early", utcAt(10, 0));

    scheduler.start();

    assertThat(scheduler.nextFireTimes(WORKSPACE, ID)).containsExactly(at("2031-06-20T10:00:00Z"));
    await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> handler.count() == 0);
  }

  @Test
  void aCampaignThatHasEndedFiresNothing() {
    Campaign ended = dailyLessons("Allies 101", JUNE_1, on(LocalDate.of(2031, 6, 9)));
    store.save(ended);
    CampaignScheduler scheduler = scheduler("ended", utcAt(10, 0));

    scheduler.start();

    assertThat(scheduler.nextFireTimes(WORKSPACE, ID)).isEmpty();
    await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> handler.count() == 0);
    Occurrence today = lessonAt(at("2031-06-10T10:00:00Z"));
    assertThat(scheduler.runOccurrence(ended, today)).isFalse();
  }

  @Test
  void theLastDayStillCatchesUpButNothingIsPlannedAfterIt() {
    store.save(dailyLessons("Allies 101", JUNE_1, NOW.atZone(ZoneOffset.UTC).toLocalDate()));
    CampaignScheduler scheduler = scheduler("last-day", utcAt(10, 0));

    scheduler.start();

    await().atMost(Duration.ofSeconds(10)).until(() -> handler.count() == 1);
    assertThat(scheduler.nextFireTimes(WORKSPACE, ID)).isEmpty();
  }

  @Test
  void eachSlotAndTheDigestGetTheirOwnTrigger() {
    Campaign campaign =
        TestCampaigns.withDigest(
            dailyLessons("Allies 101", JUNE_1, null), DayOfWeek.FRIDAY, LocalTime.of(16, 0));
    store.save(campaign);
    Set<Slot> lessonSlots =
        Set.of(
            new Slot(ZoneId.of("Asia/Tokyo"), LocalTime.of(9, 30)),
            new Slot(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 30)));
    SlotSource source = (c, kind) -> kind == OccurrenceKind.LESSON ? lessonSlots : Set.of();
    CampaignScheduler scheduler =
        track(
            new CampaignScheduler(
                store,
                source,
                handler,
                new InMemoryOccurrenceClaims(),
                clock,
                Duration.ZERO,
                ZoneId.of("Europe/London"),
                "slots"));

    scheduler.start();

    assertThat(scheduler.nextFireTimes(WORKSPACE, ID))
        .containsExactly(
            at("2031-06-11T00:30:00Z"), // Tokyo, 09:30 JST
            at("2031-06-11T07:30:00Z"), // Berlin, 09:30 CEST
            at("2031-06-13T15:00:00Z")); // digest, Friday 16:00 BST in the default zone
  }

  @Test
  void rebuildReplacesTheTriggersAndRemoveDropsThem() {
    AtomicReference<LocalTime> time = new AtomicReference<>(LocalTime.of(14, 0));
    Campaign campaign = dailyLessons("Allies 101", JUNE_1, null);
    store.save(campaign);
    CampaignScheduler scheduler =
        scheduler("rebuild", (c, kind) -> Set.of(new Slot(ZoneOffset.UTC, time.get())));
    scheduler.start();
    assertThat(scheduler.nextFireTimes(WORKSPACE, ID)).containsExactly(at("2031-06-10T14:00:00Z"));

    time.set(LocalTime.of(13, 0));
    scheduler.rebuild(campaign);
    assertThat(scheduler.nextFireTimes(WORKSPACE, ID)).containsExactly(at("2031-06-10T13:00:00Z"));

    scheduler.remove(WORKSPACE, ID);
    assertThat(scheduler.nextFireTimes(WORKSPACE, ID)).isEmpty();
  }

  @Test
  void aFailingHandlerIsLoggedAndTheOccurrenceStaysClaimed() {
    Campaign campaign = dailyLessons("Allies 101", JUNE_1, null);
    OccurrenceClaims claims = new InMemoryOccurrenceClaims();
    CampaignScheduler scheduler =
        track(
            new CampaignScheduler(
                store,
                utcAt(10, 0),
                occurrence -> {
                  throw new IllegalStateException("delivery queue unavailable");
                },
                claims,
                clock,
                CampaignScheduler.DEFAULT_GRACE_WINDOW,
                ZoneOffset.UTC,
                "failing"));
    Occurrence today = lessonAt(at("2031-06-10T10:00:00Z"));

    assertThat(scheduler.runOccurrence(campaign, today)).isTrue();
    assertThat(claims.isClaimed(today)).isTrue();
    assertThat(scheduler.runOccurrence(campaign, today)).isFalse();
  }

  @Test
  void aRepeatingTaskKeepsRunningAfterItFails() {
    CampaignScheduler scheduler = scheduler("every", utcAt(10, 0));
    AtomicInteger runs = new AtomicInteger();
    scheduler.start();

    scheduler.every(
        "check-ins",
        Duration.ofMillis(100),
        () -> {
          runs.incrementAndGet();
          throw new IllegalStateException("check-ins store unavailable");
        });

    await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() >= 3);
  }

  private CampaignScheduler scheduler(String name, SlotSource source) {
    TestRedis redis = track(TestRedis.connect(endpoint));
    return track(
        new CampaignScheduler(
            store,
            source,
            handler,
            redis.claims(),
            clock,
            CampaignScheduler.DEFAULT_GRACE_WINDOW,
            ZoneOffset.UTC,
            name));
  }

  private <T extends AutoCloseable> T track(T closeable) {
    opened.add(closeable);
    return closeable;
  }

  private static SlotSource utcAt(int hour, int minute) {
    return (campaign, kind) -> Set.of(new Slot(ZoneOffset.UTC, LocalTime.of(hour, minute)));
  }

  private static Occurrence lessonAt(Instant at) {
    return new Occurrence(
        WORKSPACE, ID, OccurrenceKind.LESSON, new Slot(ZoneOffset.UTC, LocalTime.of(10, 0)), at);
  }

  /** An instant written as in June 2031, moved to the weeks this run uses. */
  private static Instant at(String instantIn2031) {
    return Instant.parse(instantIn2031).plus(Duration.ofDays(AHEAD.getDays()));
  }

  private static LocalDate on(LocalDate dateIn2031) {
    return dateIn2031.plus(AHEAD);
  }

  /** Whole 52-week steps from June 2031 to at least {@code years} after the real today. */
  private static Period yearsAheadOfToday(int years) {
    LocalDate from = LocalDate.of(2031, 6, 10);
    LocalDate wanted = LocalDate.now(ZoneOffset.UTC).plusYears(years);
    int steps = 0;
    while (from.plusWeeks(52L * steps).isBefore(wanted)) {
      steps++;
    }
    return Period.ofDays(364 * steps);
  }

  private static void runAll(
      CampaignScheduler scheduler,
      Campaign campaign,
      List<Occurrence> occurrences,
      AtomicInteger wins) {
    for (Occurrence occurrence : occurrences) {
      if (scheduler.runOccurrence(campaign, occurrence)) {
        wins.incrementAndGet();
      }
    }
  }
}
