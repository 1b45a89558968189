package org.allybot.core.calendar;

import java.time.ZoneId;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.message.Message;

/**
 * Builds a calendar delivery's message at send time, from the event as it is then: a reminder to
 * someone who has since said "Can't" is skipped, and so is anything for a cancelled event but the
 * cancellation itself.
 */
public final class EventComposer {
  private final CoreContext core;
  private final CalendarPorts ports;

  public EventComposer(CoreContext core, CalendarPorts ports) {
    this.core = core;
    this.ports = ports;
  }

  /** The message, or empty when there is nothing to send any more. */
  public Optional<Message> compose(Delivery d) {
    Optional<CalendarEvent> found =
        ports.store().find(d.workspace(), d.data().getOrDefault(EventPost.EVENT, ""));
    EventPost.Step step;
    try {
      step = EventPost.Step.of(d.data().getOrDefault(EventPost.STEP, ""));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (found.isEmpty() || (found.get().cancelled() && step != EventPost.Step.CANCELLED)) {
      return Optional.empty();
    }
    CalendarEvent e = found.get();
    UserRef user = new UserRef(d.workspace(), d.userId());
    ZoneId zone = zoneOf(user);
    Optional<Rsvp> answer =
        Optional.ofNullable(ports.store().answers(e.workspace(), e.id()).get(d.userId()));
    CalendarTexts t = texts(user);
    String when = t.when(e.start().atZone(zone));
    return switch (step) {
      case INVITE -> Optional.of(EventMessages.invitation(t, e, zone, link(e), null, 0));
      case PROMOTED -> Optional.of(Message.text(t.promoted(e.name(), when)));
      case DAY, HOUR ->
          answer
              .filter(Rsvp::reminded)
              .map(a -> EventMessages.reminder(t, e, zone, step == EventPost.Step.DAY));
      case REFLECT ->
          answer.filter(a -> a == Rsvp.GOING).map(a -> EventMessages.reflectPrompt(t, e));
      case ATTENDANCE ->
          Optional.of(EventMessages.attendance(t, e, ports.store().answers(e.workspace(), e.id())));
      case CANCELLED -> Optional.of(Message.text(t.cancelledNotice(e.name(), when)));
      case REMOVED -> Optional.of(Message.text(t.removedNotice(e.name(), when)));
      case CHANGED ->
          Optional.of(
              Message.text(
                  t.changedNotice(
                      e.name(), changes(t, d.data().getOrDefault(EventPost.NOTE, "")))));
    };
  }

  /**
   * The changes in the member's words; a note queued before changes were kept as values is shown as
   * it was.
   */
  private static java.util.List<String> changes(CalendarTexts t, String note) {
    java.util.List<EventChange> changes = EventChange.decode(note);
    return changes.isEmpty() && !note.isEmpty()
        ? java.util.List.of(note)
        : changes.stream().map(c -> c.in(t)).toList();
  }

  /** A 7-day check-in on an event's reflection, for the lessons' check-in delivery. */
  public Optional<Message> checkIn(UserRef user, String commitmentId) {
    return EventReflection.eventIdOf(commitmentId)
        .flatMap(id -> ports.store().find(user.workspace(), id))
        .flatMap(e ->
            ports
                .store()
                .reflection(user, e.id())
                .map(text -> EventMessages.checkIn(texts(user), e, text)));
  }

  /** The calendar's texts in the member's language. */
  CalendarTexts texts(UserRef user) {
    return new CalendarTexts(core.languageOf().messages(user));
  }

  String link(CalendarEvent e) {
    return ports.links().link(core.config().publicUrl(), e.workspace(), e.id());
  }

  ZoneId zoneOf(UserRef user) {
    return core.members()
        .find(user)
        .flatMap(m -> EventOptions.zoneOf(m.timeZone()))
        .orElse(core.config().defaultZone());
  }
}
