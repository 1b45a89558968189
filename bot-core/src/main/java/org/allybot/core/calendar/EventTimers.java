package org.allybot.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;

/**
 * Sends reminders a day before (at each member's local time, so 23 or 25 hours on a clock-change
 * day) and an hour before, and after the event the reflection prompt and the facilitator's list.
 * Run every minute on every instance from Quartz: a claim per event, step and zone lets one
 * instance, once, queue each send, and the delivery ids keep a retry from posting twice.
 */
public final class EventTimers {
  /** How late a reminder or an after-event prompt may still go out after downtime. */
  static final Duration GRACE = Duration.ofHours(6);

  private final CoreContext core;
  private final CalendarStore store;
  private final EventPost post;

  public EventTimers(CoreContext core, CalendarStore store) {
    this.core = core;
    this.store = store;
    this.post = new EventPost(core.outbox());
  }

  /** Queues whatever has come due; returns how many deliveries. */
  public int run() {
    Instant now = core.clock().instant();
    int queued = 0;
    for (CalendarEvent e :
        store.startingBetween(now.minus(Duration.ofDays(2)), now.plus(Duration.ofHours(26)))) {
      if (e.cancelled()) {
        continue;
      }
      queued += now.isBefore(e.start()) ? remind(e, now) : after(e, now);
    }
    return queued;
  }

  private int remind(CalendarEvent e, Instant now) {
    Map<ZoneId, List<String>> byZone = new HashMap<>();
    store
        .answers(e.workspace(), e.id())
        .forEach((id, rsvp) -> {
          if (rsvp.reminded()) {
            byZone
                .computeIfAbsent(zoneOf(new UserRef(e.workspace(), id)), z -> new ArrayList<>())
                .add(id);
          }
        });
    int queued = 0;
    Instant hour = e.start().minus(Duration.ofHours(1));
    for (var group : byZone.entrySet()) {
      Instant day = dayBefore(e, group.getKey());
      if (due(now, day) && now.isBefore(hour)) {
        queued += once(e, EventPost.Step.DAY, group.getKey(), group.getValue());
      }
    }
    if (due(now, hour)) {
      List<String> all = byZone.values().stream().flatMap(List::stream).toList();
      queued += once(e, EventPost.Step.HOUR, null, all);
    }
    return queued;
  }

  /** The same local time the day before, in the member's zone. */
  static Instant dayBefore(CalendarEvent e, ZoneId zone) {
    return e.start().atZone(zone).minusDays(1).toInstant();
  }

  private int after(CalendarEvent e, Instant now) {
    if (!due(now, e.end()) || !store.claim(e.workspace(), e.id(), step(e, "after", null))) {
      return 0;
    }
    Map<String, Rsvp> answers = store.answers(e.workspace(), e.id());
    List<String> going = EventMessages.with(answers, Rsvp.GOING);
    post.send(e, EventPost.Step.REFLECT, going, "", "");
    int queued = going.size();
    String lead = e.facilitator().isBlank() ? e.organizer() : e.facilitator();
    if (!lead.isBlank()) {
      post.send(e, EventPost.Step.ATTENDANCE, List.of(lead), "", "");
      queued++;
    }
    return queued;
  }

  private int once(CalendarEvent e, EventPost.Step step, ZoneId zone, List<String> ids) {
    if (ids.isEmpty() || !store.claim(e.workspace(), e.id(), step(e, step.word(), zone))) {
      return 0;
    }
    post.send(e, step, ids, "", "");
    return ids.size();
  }

  private static boolean due(Instant now, Instant at) {
    return !now.isBefore(at) && now.isBefore(at.plus(GRACE));
  }

  private static String step(CalendarEvent e, String what, ZoneId zone) {
    String z = zone == null ? "" : "|" + zone.getId();
    return what + "|" + e.start().getEpochSecond() + z;
  }

  private ZoneId zoneOf(UserRef user) {
    return core.members()
        .find(user)
        .flatMap(m -> EventOptions.zoneOf(m.timeZone()))
        .orElse(core.config().defaultZone());
  }
}
