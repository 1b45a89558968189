package org.allybot.core.calendar;

import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.event.Reply;

/**
 * Going, Maybe and Can't: the store decides in one step who gets a place, so two clicks at once
 * never overfill an event; a place given up goes to the first on the waitlist, who is told.
 */
final class EventAnswers {
  private final CalendarStore store;
  private final EventPost post;
  private final EventComposer composer;
  private final CoreContext core;

  EventAnswers(CoreContext core, CalendarStore store, EventComposer composer) {
    this.core = core;
    this.store = store;
    this.post = new EventPost(core.outbox());
    this.composer = composer;
  }

  /** A button's value is {@code eventId|going|maybe|cant}. */
  Reply answer(UserRef user, String value) {
    String[] parts = value == null ? new String[0] : value.split("\\|", -1);
    Optional<Rsvp> wanted =
        parts.length == 2 ? Rsvp.of(parts[1]).filter(r -> r != Rsvp.WAITLIST) : Optional.empty();
    Optional<CalendarEvent> event =
        wanted.isEmpty() ? Optional.empty() : store.find(user.workspace(), parts[0]);
    if (event.isEmpty()
        || event.get().cancelled()
        || !event.get().start().isAfter(core.clock().instant())) {
      return Reply.text(composer.texts(user).text("inactive"));
    }
    CalendarEvent e = event.get();
    CalendarStore.Answered answered = store.answer(user, e.id(), wanted.get(), e.capacity());
    if (!answered.promoted().isEmpty()) {
      post.send(
          e,
          EventPost.Step.PROMOTED,
          new UserRef(e.workspace(), answered.promoted()),
          Long.toString(core.clock().millis()));
    }
    int place = store.waitlist(e.workspace(), e.id()).indexOf(user.userId()) + 1;
    return Reply.replacing(
        EventMessages.invitation(
            composer.texts(user),
            e,
            composer.zoneOf(user),
            composer.link(e),
            answered.now(),
            place));
  }
}
