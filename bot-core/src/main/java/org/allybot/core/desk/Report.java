package org.allybot.core.desk;

/** One confidential report: what was written, its reporter's sealed link, and its handling. */
public record Report(
    int number, ReportDraft draft, Reporter reporter, Subject subject, Handling handling) {

  public ReportState state() {
    return handling.state();
  }

  Report with(Handling next) {
    return new Report(number, draft, reporter, subject, next);
  }

  Report with(Reporter next) {
    return new Report(number, draft, next, subject, handling);
  }

  Report with(Subject next) {
    return new Report(number, draft, reporter, next, handling);
  }
}
