package org.allybot.core.calendar;

import java.util.Locale;
import java.util.Optional;

/** A member's answer to an invitation; {@code WAITLIST} is a "Going" that did not fit yet. */
public enum Rsvp {
  GOING,
  MAYBE,
  CANT,
  WAITLIST;

  /** The word kept in the store and carried by buttons. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Rsvp> of(String word) {
    for (Rsvp r : values()) {
      if (r.word().equals(word)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Going and Maybe get reminders. */
  boolean reminded() {
    return this == GOING || this == MAYBE;
  }
}
