package org.allybot.slack;

/** Slack could not be started; the message is one line saying what failed and what to check. */
public final class SlackStartupException extends RuntimeException {
  public SlackStartupException(String message) {
    super(message);
  }
}
