package org.allybot.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Message;
import org.allybot.core.practice.TallyCounters;

/**
 * After an event, "one thing you'll try" becomes a commitment on the lessons' check-in list, so it
 * gets the same check-in 7 days later, queued by the same minute job.
 */
final class EventReflection {
  static final Duration CHECK_IN_AFTER = Duration.ofDays(7);
  private static final String PREFIX = "calendar:";

  private final CoreContext core;
  private final CalendarStore store;

  EventReflection(CoreContext core, CalendarStore store) {
    this.core = core;
    this.store = store;
  }

  /** The commitment id the check-in list keeps for an event. */
  static String commitmentId(String eventId) {
    return PREFIX + eventId;
  }

  /** The event behind a commitment id, if it is an event's. */
  static Optional<String> eventIdOf(String commitmentId) {
    return commitmentId != null && commitmentId.startsWith(PREFIX)
        ? Optional.of(commitmentId.substring(PREFIX.length()))
        : Optional.empty();
  }

  private CalendarTexts texts(UserRef user) {
    return new CalendarTexts(core.languageOf().messages(user));
  }

  Reply open(UserRef user, String eventId) {
    if (store.find(user.workspace(), eventId).isEmpty()) {
      return Reply.text(texts(user).text("inactive"));
    }
    return Reply.openForm(EventMessages.reflectForm(texts(user), eventId));
  }

  Reply submit(UserRef user, String eventId, Map<String, String> values) {
    Optional<CalendarEvent> event = store.find(user.workspace(), eventId);
    if (event.isEmpty()) {
      return Reply.text(texts(user).text("inactive"));
    }
    String text = values.getOrDefault("try", "").strip();
    if (text.isEmpty()) {
      return Reply.formErrors(Map.of("try", texts(user).text("reflection-empty")));
    }
    if (text.length() > EventMessages.MAX_REFLECTION) {
      return Reply.formErrors(
          Map.of("try", texts(user).reflectionTooLong(EventMessages.MAX_REFLECTION)));
    }
    boolean first = store.reflection(user, eventId).isEmpty();
    store.reflect(user, eventId, text);
    Instant checkIn = core.clock().instant().plus(CHECK_IN_AFTER);
    core.lessons().commit(user, commitmentId(eventId), event.get().campaign(), checkIn);
    if (first && !event.get().campaign().isEmpty()) {
      core.tally()
          .add(user.workspace(), event.get().campaign(), Map.of(TallyCounters.COMMITTED, 1L));
    }
    return Reply.of(
        Message.text(
            texts(user)
                .reflected(text, core.today().plusDays(CHECK_IN_AFTER.toDays()).toString())));
  }

  /** A check-in answer: {@code eventId|tried|not-yet|skip}. */
  Reply checkIn(UserRef user, String value) {
    String[] parts = value == null ? new String[0] : value.split("\\|", -1);
    if (parts.length != 2 || store.reflection(user, parts[0]).isEmpty()) {
      return Reply.text(texts(user).text("inactive"));
    }
    String campaign =
        store.find(user.workspace(), parts[0]).map(CalendarEvent::campaign).orElse("");
    if (parts[1].equals("tried") && !campaign.isEmpty()) {
      core.tally().add(user.workspace(), campaign, Map.of(TallyCounters.TRIED, 1L));
    }
    if (parts[1].equals("not-yet")) {
      core.lessons()
          .commit(
              user, commitmentId(parts[0]), campaign, core.clock().instant().plus(CHECK_IN_AFTER));
    }
    return Reply.replacing(Message.text(texts(user).checkInAnswer(parts[1])));
  }
}
