package org.allybot.core.calendar;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.allybot.core.UserRef;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.Outbox;

/**
 * Queues the calendar's messages on the delivery queue. Each delivery id names the event, its start
 * and the step, so a retry, a restart or a second instance never posts one twice.
 */
final class EventPost {
  static final String EVENT = "event";
  static final String STEP = "step";
  static final String NOTE = "note";

  /** What a calendar delivery carries; the composer builds its message at send time. */
  enum Step {
    INVITE,
    PROMOTED,
    DAY,
    HOUR,
    REFLECT,
    ATTENDANCE,
    CANCELLED,
    CHANGED,
    REMOVED;

    String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Step of(String word) {
      return valueOf(word.toUpperCase(java.util.Locale.ROOT));
    }
  }

  private final Outbox outbox;

  EventPost(Outbox outbox) {
    this.outbox = outbox;
  }

  /**
   * {@code round} tells apart two sends of one step to one member (an edit, a second promotion).
   */
  void send(CalendarEvent e, Step step, Collection<String> userIds, String round, String note) {
    String prefix =
        "cal|" + e.id() + "|" + e.start().getEpochSecond() + "|" + step.word() + "|" + round + "|";
    Map<String, String> data = new HashMap<>();
    data.put(EVENT, e.id());
    data.put(STEP, step.word());
    if (!note.isEmpty()) {
      data.put(NOTE, note);
    }
    outbox.enqueueAll(
        userIds.stream()
            .map(id -> Delivery.toMember(prefix + id, e.workspace(), id, Delivery.Kind.EVENT, data))
            .toList());
  }

  void send(CalendarEvent e, Step step, UserRef user, String round) {
    send(e, step, java.util.List.of(user.userId()), round, "");
  }
}
