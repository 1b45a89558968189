package org.allybot.core.campaign;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.member.Member;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups a campaign's audience into slots (zone + local time) for the scheduler, and when an
 * occurrence fires, queues one delivery per enrolled member of that slot (or one digest).
 */
public final class CampaignFanOut implements SlotSource, OccurrenceHandler {
  private static final Logger LOG = LoggerFactory.getLogger(CampaignFanOut.class);
  private static final int CHUNK = 1_000;

  private final CoreContext core;
  private final CampaignAudience audience;

  public CampaignFanOut(CoreContext core) {
    this.core = core;
    this.audience = new CampaignAudience(core);
  }

  @Override
  public Set<Slot> slots(Campaign c, OccurrenceKind kind) {
    if (kind == OccurrenceKind.DIGEST) {
      return Set.of(new Slot(core.config().defaultZone(), c.digestTime()));
    }
    LocalTime cadenceTime = (kind == OccurrenceKind.POLL ? c.polls() : c.lessons()).time();
    Set<Slot> slots = new LinkedHashSet<>();
    slots.add(new Slot(core.config().defaultZone(), cadenceTime));
    try {
      List<UserRef> people = audience.audience(c);
      for (int from = 0; from < people.size(); from += CHUNK) {
        List<UserRef> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
        core.members().findAll(chunk).values().forEach(m -> slots.add(slotOf(m, cadenceTime)));
      }
    } catch (DeliveryException e) {
      LOG.warn(
          "Could not list the audience of campaign {} in {}: {}",
          c.id(),
          c.workspace().key(),
          e.getMessage());
    }
    return slots;
  }

  private Slot slotOf(Member m, LocalTime cadenceTime) {
    ZoneId zone = core.config().defaultZone();
    if (!m.timeZone().isBlank()) {
      try {
        zone = ZoneId.of(m.timeZone());
      } catch (java.time.DateTimeException e) {
        // an unknown zone falls back to the default
      }
    }
    return new Slot(zone, m.deliveryTime() != null ? m.deliveryTime() : cadenceTime);
  }

  @Override
  public void fire(Occurrence o) {
    Campaign c = core.campaigns().find(o.workspace(), o.campaignId()).orElse(null);
    if (c == null) {
      return;
    }
    String stamp =
        o.campaignId() + "|" + o.kind().name().toLowerCase() + "|" + o.at().getEpochSecond();
    Map<String, String> data = Map.of("campaign", c.id());
    if (o.kind() == OccurrenceKind.DIGEST) {
      if (c.hasDigest()) {
        core.outbox()
            .enqueue(
                Delivery.toChannel(
                    stamp, c.workspace(), c.digestChannel(), Delivery.Kind.DIGEST, data));
      }
      return;
    }
    Delivery.Kind kind =
        o.kind() == OccurrenceKind.POLL ? Delivery.Kind.POLL : Delivery.Kind.LESSON;
    LocalTime cadenceTime = (o.kind() == OccurrenceKind.POLL ? c.polls() : c.lessons()).time();
    Stream<CampaignAudience.EnrolledChunk> chunks;
    try {
      chunks = audience.enrolledChunks(c, CHUNK);
    } catch (DeliveryException e) {
      LOG.warn(
          "Could not list the audience of campaign {} in {}: {}",
          c.id(),
          c.workspace().key(),
          e.getMessage());
      return;
    }
    int queued = 0;
    // In chunks, each one lookup and one enqueue round trip: a fire to 100,000 members would
    // otherwise take 200,000 round trips.
    for (CampaignAudience.EnrolledChunk chunk :
        (Iterable<CampaignAudience.EnrolledChunk>) chunks::iterator) {
      List<Delivery> due = new ArrayList<>();
      for (UserRef user : chunk.users()) {
        Member m = chunk.members().get(user);
        Slot slot =
            m == null ? new Slot(core.config().defaultZone(), cadenceTime) : slotOf(m, cadenceTime);
        if (slot.equals(o.slot())) {
          due.add(
              Delivery.toMember(
                  stamp + "|" + user.userId(), c.workspace(), user.userId(), kind, data));
        }
      }
      core.outbox().enqueueAll(due);
      queued += due.size();
    }
    LOG.info(
        "Campaign {} in {}: queued {} {} deliveries",
        c.id(),
        c.workspace().key(),
        queued,
        kind.name().toLowerCase());
  }
}
