package org.allybot.core.desk;

import java.time.Instant;

/**
 * One thing said about a report after it was sent: the reporter's additions and answers, and the
 * rota's notes (seen only by the rota) and questions. {@code by} is a rota member's user id, or
 * empty for the reporter.
 */
public record Entry(Kind kind, String by, Instant at, String text) {
  /** What an entry is. */
  public enum Kind {
    ADDITION,
    NOTE,
    QUESTION,
    ANSWER
  }
}
