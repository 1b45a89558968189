package org.allybot.server.runtime;

import java.time.Clock;
import java.time.Duration;
import org.allybot.core.Allybot;
import org.allybot.core.CoreContext;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignFanOut;
import org.allybot.core.campaign.CampaignScheduler;
import org.allybot.core.campaign.ScheduleSync;
import org.allybot.core.store.RedisOccurrenceClaims;
import redis.clients.jedis.UnifiedJedis;

/**
 * The scheduler wired to the core: campaign triggers, the check-in job, the end-date surveys, the
 * community facilitator nudges and the retention job.
 */
final class CampaignRunner implements ScheduleSync, AutoCloseable {
  private final CampaignScheduler scheduler;
  private volatile boolean running;

  CampaignRunner(CoreContext core, UnifiedJedis redis, Clock clock) {
    CampaignFanOut fanOut = new CampaignFanOut(core);
    this.scheduler =
        new CampaignScheduler(
            core.campaigns(),
            fanOut,
            fanOut,
            new RedisOccurrenceClaims(redis),
            clock,
            core.config().graceWindow(),
            core.config().defaultZone(),
            "campaigns");
  }

  void start(Allybot bot) {
    scheduler.start();
    scheduler.every("check-ins", Duration.ofMinutes(1), bot::sendDueCheckIns);
    scheduler.every("surveys", Duration.ofMinutes(1), bot::sendDueSurveys);
    scheduler.every("community-nudges", Duration.ofHours(1), bot::sendFacilitatorNudges);
    scheduler.every("retention", Duration.ofDays(1), bot::purgeExpired);
    scheduler.every("desk-reminders", Duration.ofMinutes(15), bot::sendDeskReminders);
    scheduler.every("desk-retention", Duration.ofDays(1), bot::purgeClosedReports);
    scheduler.every("calendar", Duration.ofMinutes(1), bot::sendEventTimers);
    // Picks up new members' zones and other instances' changes to campaigns.
    scheduler.every("rebuild", Duration.ofMinutes(10), scheduler::rebuildAll);
    running = true;
  }

  boolean isRunning() {
    return running;
  }

  @Override
  public void changed(Campaign campaign) {
    scheduler.rebuild(campaign);
  }

  @Override
  public void removed(WorkspaceId workspace, String campaignId) {
    scheduler.remove(workspace, campaignId);
  }

  @Override
  public void close() {
    running = false;
    scheduler.close();
  }
}
