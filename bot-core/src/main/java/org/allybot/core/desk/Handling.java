package org.allybot.core.desk;

import java.time.Instant;

/**
 * How far the desk got with a report: its state, who picked it up and when, how it ended, and what
 * the desk is waiting for from the reporter ({@code awaiting}: "", "answer", "hr" or "release").
 */
public record Handling(
    ReportState state,
    Instant openedAt,
    Instant pickedAt,
    String pickedBy,
    Instant closedAt,
    Outcome outcome,
    String awaiting) {

  static Handling opened(ReportState state, Instant at) {
    return new Handling(state, at, null, "", null, null, "");
  }

  Handling moved(ReportState to) {
    return new Handling(to, openedAt, pickedAt, pickedBy, closedAt, outcome, awaiting);
  }

  Handling picked(String by, Instant at) {
    return new Handling(ReportState.PICKED_UP, openedAt, at, by, closedAt, outcome, "");
  }

  Handling closed(Outcome how, Instant at) {
    return new Handling(ReportState.CLOSED, openedAt, pickedAt, pickedBy, at, how, "");
  }

  Handling awaiting(String what) {
    return new Handling(state, openedAt, pickedAt, pickedBy, closedAt, outcome, what);
  }
}
