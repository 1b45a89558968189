package org.allybot.core.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What sort of gathering an event is. */
public enum EventKind {
  WORKSHOP,
  MEETUP,
  CIRCLE;

  /** The word commands, buttons and bundles use. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code workshop}, {@code meetup} or {@code circle} (or its English name), in any case. */
  static Optional<EventKind> parse(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(k -> k.word().equals(w) || CalendarTexts.english().kind(k).equals(w))
        .findFirst();
  }
}
