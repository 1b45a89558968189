package org.allybot.core.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.allybot.core.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules every campaign's lessons, polls and digests with Quartz at each slot's local time, and
 * lets exactly one of the instances sharing the store run each occurrence.
 */
public final class CampaignScheduler implements AutoCloseable {
  /** How late a missed occurrence may still run, by default. */
  public static final Duration DEFAULT_GRACE_WINDOW = Duration.ofHours(6);

  private static final Logger LOG = LoggerFactory.getLogger(CampaignScheduler.class);
  private static final AtomicLong INSTANCES = new AtomicLong();

  private final CampaignStore campaigns;
  private final OccurrenceHandler handler;
  private final OccurrenceClaims claims;
  private final TicketPlanner planner;
  private final QuartzTriggers triggers;
  private final Map<String, Plan> plans = new ConcurrentHashMap<>();
  private final AtomicLong generations = new AtomicLong();
  private final Object lock = new Object();

  /** The campaign definition a group of triggers was planned from. */
  private record Plan(Campaign campaign, long generation) {}

  /**
   * {@code clock} plans occurrences (Quartz fires on real time); {@code defaultZone} places a
   * digest when the slot source gives none; {@code instanceName} names this instance's threads.
   */
  public CampaignScheduler(
      CampaignStore campaigns,
      SlotSource slots,
      OccurrenceHandler handler,
      OccurrenceClaims claims,
      Clock clock,
      Duration graceWindow,
      ZoneId defaultZone,
      String instanceName) {
    this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.claims = Objects.requireNonNull(claims, "claims");
    this.planner =
        new TicketPlanner(
            Objects.requireNonNull(slots, "slots"),
            claims,
            Objects.requireNonNull(clock, "clock"),
            Objects.requireNonNull(graceWindow, "graceWindow"),
            Objects.requireNonNull(defaultZone, "defaultZone"));
    if (graceWindow.isNegative() || instanceName == null || instanceName.isBlank()) {
      throw new IllegalArgumentException("need a non-negative grace window and an instance name");
    }
    String quartzName = "allybot-" + instanceName + "-" + INSTANCES.incrementAndGet();
    this.triggers = new QuartzTriggers(quartzName, this::fired);
  }

  /** Starts firing triggers, then plans every stored campaign. */
  public void start() {
    triggers.start();
    rebuildAll();
  }

  /** Re-plans every stored campaign and drops the triggers of campaigns no longer stored. */
  public void rebuildAll() {
    long plannedBefore = generations.get();
    Set<String> stored = new HashSet<>();
    for (Campaign campaign : campaigns.everywhere()) {
      stored.add(OccurrenceTicket.group(campaign.workspace(), campaign.id()));
      try {
        rebuild(campaign);
      } catch (RuntimeException e) {
        LOG.error("cannot schedule campaign '{}'", campaign.id(), e);
      }
    }
    synchronized (lock) {
      plans.entrySet().stream()
          .filter(plan -> plan.getValue().generation() <= plannedBefore)
          .map(Map.Entry::getKey)
          .filter(group -> !stored.contains(group))
          .toList()
          .forEach(this::drop);
    }
  }

  /**
   * Replaces a campaign's triggers with the next occurrence of each slot, and runs at once an
   * occurrence missed within the grace window that no instance has claimed. If planning fails, the
   * old triggers stay.
   */
  public void rebuild(Campaign campaign) {
    String group = OccurrenceTicket.group(campaign.workspace(), campaign.id());
    synchronized (lock) {
      long generation = generations.incrementAndGet();
      List<OccurrenceTicket> tickets =
          campaign.paused() ? List.of() : planner.plan(campaign, generation);
      drop(group);
      if (!campaign.paused()) {
        plans.put(group, new Plan(campaign, generation));
      }
      tickets.forEach(triggers::schedule);
    }
  }

  /** Forgets a campaign's triggers, for a deleted campaign. */
  public void remove(WorkspaceId workspace, String campaignId) {
    synchronized (lock) {
      drop(OccurrenceTicket.group(workspace, campaignId));
    }
  }

  /**
   * Claims the occurrence and, if this instance won and the campaign runs that day, hands it to the
   * handler. Returns whether the handler was called; a failing handler is logged, not thrown.
   */
  public boolean runOccurrence(Campaign campaign, Occurrence occurrence) {
    if (!campaign.runsOn(occurrence.at().atZone(occurrence.slot().zone()).toLocalDate())) {
      return false;
    }
    if (!claims.claim(occurrence)) {
      LOG.debug("campaign '{}' {} already claimed", campaign.id(), occurrence.kind());
      return false;
    }
    try {
      handler.fire(occurrence);
    } catch (RuntimeException e) {
      LOG.error("campaign '{}' {} failed to fire", campaign.id(), occurrence.kind(), e);
    }
    return true;
  }

  /** Runs {@code task} every {@code interval}, first after one interval; failures are logged. */
  public void every(String name, Duration interval, Runnable task) {
    triggers.every(name, interval, task);
  }

  /** When a campaign's triggers fire next, earliest first; for tests and the shell. */
  public List<Instant> nextFireTimes(WorkspaceId workspace, String campaignId) {
    return triggers.nextFireTimes(OccurrenceTicket.group(workspace, campaignId));
  }

  /** Stops Quartz, waiting for running jobs; later calls do nothing. */
  @Override
  public void close() {
    triggers.close();
  }

  /** Runs a due occurrence, then plans the slot's next one, unless its plan was replaced. */
  private void fired(OccurrenceTicket ticket) {
    Occurrence occurrence = ticket.occurrence();
    Plan plan = plans.get(ticket.group());
    if (plan == null || plan.generation() != ticket.generation()) {
      return;
    }
    Optional<Campaign> current = stored(plan.campaign());
    if (current.isEmpty()) {
      remove(occurrence.workspace(), occurrence.campaignId());
      return;
    }
    if (!current.get().equals(plan.campaign())) {
      rebuild(current.get());
      return;
    }
    try {
      if (planner.isTooLate(occurrence)) {
        LOG.warn(
            "campaign '{}' {} missed its grace window", plan.campaign().id(), occurrence.kind());
      } else {
        runOccurrence(plan.campaign(), occurrence);
      }
    } finally {
      if (!ticket.catchUp()) {
        scheduleNext(plan, occurrence);
      }
    }
  }

  private void scheduleNext(Plan plan, Occurrence done) {
    Optional<OccurrenceTicket> next = planner.after(plan.campaign(), done, plan.generation());
    synchronized (lock) {
      if (plans.get(OccurrenceTicket.group(done.workspace(), done.campaignId())) == plan) {
        next.ifPresent(triggers::schedule);
      }
    }
  }

  /** The campaign as stored now; the planned one when the store cannot be read. */
  private Optional<Campaign> stored(Campaign planned) {
    try {
      return campaigns.find(planned.workspace(), planned.id());
    } catch (RuntimeException e) {
      LOG.warn("cannot re-read campaign '{}'; firing as planned", planned.id(), e);
      return Optional.of(planned);
    }
  }

  private void drop(String group) {
    plans.remove(group);
    triggers.deleteGroup(group);
  }
}
