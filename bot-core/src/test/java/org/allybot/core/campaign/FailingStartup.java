package org.allybot.core.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * A main() that starts the scheduler and then fails without closing it, as a server start-up that
 * cannot reach Slack would. Run in a child JVM: it must exit rather than hang on Quartz threads.
 */
final class FailingStartup {
  private FailingStartup() {}

  public static void main(String[] args) {
    CampaignScheduler scheduler =
        new CampaignScheduler(
            new InMemoryCampaignStore(),
            (campaign, kind) -> Set.of(),
            occurrence -> {},
            new InMemoryOccurrenceClaims(),
            Clock.systemUTC(),
            CampaignScheduler.DEFAULT_GRACE_WINDOW,
            ZoneOffset.UTC,
            "failing-startup");
    scheduler.start();
    scheduler.every("retention", Duration.ofDays(1), () -> {});
    throw new IllegalStateException("Slack auth.test failed (simulated)");
  }
}
