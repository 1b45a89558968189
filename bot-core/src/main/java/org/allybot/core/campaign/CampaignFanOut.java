package org.allybot.core.campaign;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
      for (UserRef user : audience.audience(c)) {
        core.members().find(user).ifPresent(m -> slots.add(slotOf(m, cadenceTime)));
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
    List<UserRef> enrolled;
    try {
      enrolled = audience.enrolled(c);
    } catch (DeliveryException e) {
      LOG.warn(
          "Could not list the audience of campaign {} in {}: {}",
          c.id(),
          c.workspace().key(),
          e.getMessage());
      return;
    }
    int queued = 0;
    for (UserRef user : enrolled) {
      Member m = core.members().find(user).orElse(null);
      Slot slot =
          m == null ? new Slot(core.config().defaultZone(), cadenceTime) : slotOf(m, cadenceTime);
      if (slot.equals(o.slot())) {
        core.outbox()
            .enqueue(
                Delivery.toMember(
                    stamp + "|" + user.userId(), c.workspace(), user.userId(), kind, data));
        queued++;
      }
    }
    LOG.info(
        "Campaign {} in {}: queued {} {} deliveries",
        c.id(),
        c.workspace().key(),
        queued,
        kind.name().toLowerCase());
  }
}
