package org.allybot.core.community;

/** The platform refused a community post; the message tells the member what to do next. */
final class CannotPost extends Exception {
  private static final long serialVersionUID = 1L;

  CannotPost(String message) {
    super(message);
  }
}
