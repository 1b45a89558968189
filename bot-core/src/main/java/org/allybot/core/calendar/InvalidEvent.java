package org.allybot.core.calendar;

import java.util.function.Function;

/**
 * An event option the user must fix: which option (the form field of the same id) and what to do,
 * written when the language of whoever is told is known.
 */
final class InvalidEvent extends RuntimeException {
  private final String field;
  private final transient Function<CalendarTexts, String> message;

  InvalidEvent(String field, Function<CalendarTexts, String> message) {
    super(field, null, false, false);
    this.field = field;
    this.message = message;
  }

  /** An error of the bundle's {@code calendar.error.<what>}, with its arguments. */
  static InvalidEvent of(String field, String what, Object... args) {
    return new InvalidEvent(field, t -> t.error(what, args));
  }

  String field() {
    return field;
  }

  String message(CalendarTexts texts) {
    return message.apply(texts);
  }
}
