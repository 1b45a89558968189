package org.allybot.core.campaign;

import static org.allybot.core.campaign.TestCampaigns.WORKSPACE;
import static org.allybot.core.campaign.TestCampaigns.dailyLessons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Quartz firing on real time, and the scheduler's threads never holding the JVM open. */
class CampaignSchedulerRealTimeTest {
  private final InMemoryCampaignStore store = new InMemoryCampaignStore();
  private final RecordingOccurrenceHandler handler = new RecordingOccurrenceHandler();

  @Test
  void aDueOccurrenceFiresThroughQuartzAndTheNextOneIsPlanned() {
    Clock clock = Clock.systemUTC();
    // Far enough ahead that a loaded machine (or libfaketime) still starts Quartz before it.
    Instant due = clock.instant().plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
    Slot slot = new Slot(ZoneOffset.UTC, LocalTime.ofInstant(due, ZoneOffset.UTC));
    store.save(dailyLessons("Real Time", due.atZone(ZoneOffset.UTC).toLocalDate(), null));
    CampaignScheduler scheduler = scheduler(clock, slot, "real-time");

    try (scheduler) {
      scheduler.start();
      assertThat(scheduler.nextFireTimes(WORKSPACE, "real-time")).containsExactly(due);

      await().atMost(Duration.ofSeconds(60)).until(() -> handler.count() == 1);
      assertThat(handler.fired().getFirst().at()).isEqualTo(due);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> scheduler.nextFireTimes(WORKSPACE, "real-time"),
              times -> times.equals(List.of(due.plus(Duration.ofDays(1)))));
    }

    assertThat(threadsNamed("allybot-real-time-")).isEmpty();
  }

  @Test
  void quartzThreadsAreDaemonsAndCloseStopsThemAll() {
    CampaignScheduler scheduler =
        scheduler(Clock.systemUTC(), new Slot(ZoneOffset.UTC, LocalTime.NOON), "daemons");
    scheduler.start();

    assertThat(threadsNamed("allybot-daemons-")).isNotEmpty().allMatch(Thread::isDaemon);

    scheduler.close();
    scheduler.close();
    assertThat(threadsNamed("allybot-daemons-")).isEmpty();
  }

  @Test
  void aMainThatFailsAfterStartingTheSchedulerStillExits() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path output = Files.createTempFile("failing-startup", ".log");
    Process child =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), FailingStartup.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();

    boolean exited =
        child.waitFor(3, TimeUnit.MINUTES); // a bound, not a speed: a loaded CI starts JVMs slowly
    if (!exited) {
      child.destroyForcibly();
    }

    assertThat(exited)
        .as("the child JVM exited; its output:%n%s", Files.readString(output))
        .isTrue();
    assertThat(child.exitValue()).isNotZero();
    assertThat(Files.readString(output)).contains("Slack auth.test failed (simulated)");
    Files.deleteIfExists(output);
  }

  private CampaignScheduler scheduler(Clock clock, Slot slot, String name) {
    return new CampaignScheduler(
        store,
        (campaign, kind) -> Set.of(slot),
        handler,
        new InMemoryOccurrenceClaims(),
        clock,
        CampaignScheduler.DEFAULT_GRACE_WINDOW,
        ZoneOffset.UTC,
        name);
  }

  private static List<Thread> threadsNamed(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith(prefix) && thread.isAlive())
        .toList();
  }
}
