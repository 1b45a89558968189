package org.allybot.core.campaign;

import static org.allybot.core.campaign.TestCampaigns.WORKSPACE;
import static org.allybot.core.campaign.TestCampaigns.dailyLessons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.allybot.core.ManualClock;
import org.allybot.core.store.TestRedis;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * A Quartz firing whose work throws: the error is logged, Quartz goes on firing, and no occurrence
 * runs twice. The clock is two hours past 10:00 on a campaign day, so only catch-up runs fire.
 */
@ExtendWith(EmbeddedRedisExtension.class)
final class ScheduledFiringFailureTest {
  private static final Instant TODAY_AT_TEN = Instant.parse("2031-06-10T10:00:00Z");
  private static final Instant TOMORROW_AT_TEN = TODAY_AT_TEN.plus(Duration.ofDays(1));
  private static final LocalDate JUNE_1 = LocalDate.of(2031, 6, 1);
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private final ManualClock clock = new ManualClock(TODAY_AT_TEN.plus(Duration.ofHours(2)));
  private final InMemoryCampaignStore store = new InMemoryCampaignStore();
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger campaignLog =
      ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("org.allybot.core.campaign");
  private TestRedis redis;
  private CampaignScheduler scheduler;

  @BeforeEach
  void start(RedisEndpoint endpoint) {
    redis = TestRedis.connectEmpty(endpoint);
    log.start();
    campaignLog.addAppender(log);
  }

  @AfterEach
  void stop() {
    if (scheduler != null) {
      scheduler.close();
    }
    campaignLog.detachAppender(log);
    redis.close();
  }

  private CampaignScheduler scheduler(OccurrenceHandler handler, OccurrenceClaims claims) {
    scheduler =
        new CampaignScheduler(
            store,
            (campaign, kind) -> Set.of(new Slot(ZoneOffset.UTC, LocalTime.of(10, 0))),
            handler,
            claims,
            clock,
            CampaignScheduler.DEFAULT_GRACE_WINDOW,
            ZoneOffset.UTC,
            "failing");
    return scheduler;
  }

  /** Error lines about campaigns that contain {@code text}. */
  private long errors(String text) {
    return log.list.stream()
        .filter(e -> e.getLevel() == Level.ERROR)
        .filter(e -> e.getFormattedMessage().contains(text))
        .count();
  }

  @Test
  void aHandlerThatThrowsIsLoggedAndTheOtherCampaignsOccurrenceStillRunsEachOnce() {
    OccurrenceHandler handler = mock(OccurrenceHandler.class);
    doThrow(new IllegalStateException("delivery queue unavailable"))
        .doNothing()
        .when(handler)
        .fire(any());
    store.save(dailyLessons("Allies 101", JUNE_1, null));
    store.save(dailyLessons("Allies 102", JUNE_1, null));

    scheduler(handler, redis.claims()).start();

    verify(handler, timeout(PATIENCE.toMillis()).times(2)).fire(any());
    await().atMost(PATIENCE).until(() -> errors("failed to fire") == 1);
    scheduler.rebuildAll(); // as the ten-minute rebuild does: the failed one is not run again
    assertThat(scheduler.nextFireTimes(WORKSPACE, "allies-101")).containsExactly(TOMORROW_AT_TEN);
    assertThat(scheduler.nextFireTimes(WORKSPACE, "allies-102")).containsExactly(TOMORROW_AT_TEN);
  }

  @Test
  void aFiringThatCannotReachRedisIsLoggedAndTheNextRebuildRunsTheMissedOccurrenceOnce() {
    OccurrenceClaims claims = spy(redis.claims());
    doThrow(TestRedis.connectionLost()).doCallRealMethod().when(claims).claim(any());
    RecordingOccurrenceHandler handler = new RecordingOccurrenceHandler();
    store.save(dailyLessons("Allies 101", JUNE_1, null));

    scheduler(handler, claims).start();
    await().atMost(PATIENCE).until(() -> errors("could not be run or re-planned") == 1);
    assertThat(handler.count()).isZero();

    scheduler.rebuildAll(); // as the ten-minute rebuild does
    await().atMost(PATIENCE).until(() -> handler.count() == 1);
    scheduler.rebuildAll();

    assertThat(handler.fired().getFirst().at()).isEqualTo(TODAY_AT_TEN);
    assertThat(scheduler.nextFireTimes(WORKSPACE, "allies-101")).containsExactly(TOMORROW_AT_TEN);
  }
}
