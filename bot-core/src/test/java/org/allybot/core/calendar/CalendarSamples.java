package org.allybot.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Audience;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/**
 * The calendar's messages and forms at their longest, in one language, for the adapters' render
 * tests (the pseudo-locale's limits, the Spanish texts).
 */
public final class CalendarSamples {
  private CalendarSamples() {}

  private static CalendarEvent event() {
    return new CalendarEvent(
        new WorkspaceId(Platform.SLACK, "T0123"),
        "bystander-workshop",
        "n".repeat(EventOptions.MAX_NAME),
        EventKind.CIRCLE,
        Instant.parse("2026-12-10T14:00:00Z"),
        ZoneId.of("America/Argentina/ComodRivadavia"),
        Duration.ofMinutes(95),
        "w".repeat(EventOptions.MAX_WHERE),
        new Audience.Everyone(),
        "U0FACILITATOR",
        20,
        "",
        "U0ORGANISER",
        false,
        0);
  }

  /** The invitation (answered, waitlisted), a reminder, the after-event messages, a notice. */
  public static List<Message> all(Language language) {
    CalendarTexts t = new CalendarTexts(Messages.in(language));
    CalendarEvent e = event();
    ZoneId zone = e.zone();
    String link =
        "https://allybot.example.org/calendar/event.ics?w=slack%3AT0123&e=x&s=" + "s".repeat(43);
    List<String> many =
        java.util.stream.IntStream.range(0, 40).mapToObj(i -> "U0PERSON" + i).toList();
    Map<String, Rsvp> answers = new java.util.HashMap<>();
    many.forEach(id -> answers.put(id, many.indexOf(id) % 2 == 0 ? Rsvp.GOING : Rsvp.MAYBE));
    return List.of(
        EventMessages.invitation(t, e, zone, link, null, 0),
        EventMessages.invitation(t, e, zone, link, Rsvp.WAITLIST, 12),
        EventMessages.reminder(t, e, zone, true),
        EventMessages.reflectPrompt(t, e),
        EventMessages.checkIn(t, e, "x".repeat(EventMessages.MAX_REFLECTION)),
        EventMessages.attendance(t, e, answers),
        Message.text(
            t.changedNotice(
                e.name(),
                List.of(
                    new EventChange(CalendarTexts.TIME, EventChange.time(e), EventChange.time(e))
                        .in(t),
                    new EventChange(CalendarTexts.PLACE, e.where(), e.where()).in(t)))));
  }

  /** The new-event form and the reflection form. */
  public static List<Block.Form> forms(Language language) {
    CalendarTexts t = new CalendarTexts(Messages.in(language));
    return List.of(EventForm.form(t), EventMessages.reflectForm(t, "bystander-workshop"));
  }
}
