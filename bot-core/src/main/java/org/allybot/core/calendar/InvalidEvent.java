package org.allybot.core.calendar;

/**
 * An event option the user must fix: which option (the form field of the same id) and what to do.
 */
final class InvalidEvent extends RuntimeException {
  private final String field;

  InvalidEvent(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
