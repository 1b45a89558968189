package org.allybot.core.desk;

import java.time.Instant;

/**
 * How far the desk got with a report: its state, who picked it up and when, how it ended, and what
 * the desk is waiting for from the reporter.
 */
public record Handling(
    ReportState state,
    Instant openedAt,
    Instant pickedAt,
    String pickedBy,
    Instant closedAt,
    Outcome outcome,
    Awaiting awaiting) {

  static Handling opened(ReportState state, Instant at) {
    return new Handling(state, at, null, "", null, null, Awaiting.NOTHING);
  }

  Handling moved(ReportState to) {
    return new Handling(to, openedAt, pickedAt, pickedBy, closedAt, outcome, awaiting);
  }

  Handling picked(String by, Instant at) {
    return new Handling(
        ReportState.PICKED_UP, openedAt, at, by, closedAt, outcome, Awaiting.NOTHING);
  }

  Handling closed(Outcome how, Instant at) {
    return new Handling(
        ReportState.CLOSED, openedAt, pickedAt, pickedBy, at, how, Awaiting.NOTHING);
  }

  Handling awaiting(Awaiting what) {
    return new Handling(state, openedAt, pickedAt, pickedBy, closedAt, outcome, what);
  }
}
