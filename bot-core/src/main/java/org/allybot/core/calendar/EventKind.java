package org.allybot.core.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What sort of gathering an event is. */
public enum EventKind {
  WORKSHOP,
  MEETUP,
  CIRCLE;

  /** How texts name this kind. */
  public String label() {
    return CalendarTexts.kind(this);
  }

  /** {@code workshop}, {@code meetup} or {@code circle}, in any case. */
  static Optional<EventKind> parse(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(k -> k.name().toLowerCase(Locale.ROOT).equals(w) || k.label().equals(w))
        .findFirst();
  }
}
