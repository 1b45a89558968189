package org.allybot.core.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/**
 * Matching escrow: a report held in escrow stays sealed, out of the desk's list, until another
 * reporter's report names the same person. Then each escrow reporter of the match is asked,
 * privately, whether to release theirs; nobody is told who else reported.
 */
final class Escrow {
  private final DeskStore store;
  private final DeskTags tags;
  private final DeskNotices notices;

  Escrow(DeskStore store, DeskTags tags, DeskNotices notices) {
    this.store = store;
    this.tags = tags;
    this.notices = notices;
  }

  /** Asks the escrow reporters of every report that matches {@code fresh}; how many matched. */
  int match(WorkspaceId ws, Report fresh) {
    if (!fresh.subject().named()) {
      return 0;
    }
    Optional<String> reporter = tags.reporterOf(ws, fresh).map(UserRef::userId);
    List<Report> matched = new ArrayList<>();
    for (Report other : store.all(ws)) {
      if (other.number() != fresh.number()
          && other.state() != ReportState.CLOSED
          && tags.sameSubject(ws, other, fresh)
          && !sameReporter(ws, other, reporter)) {
        matched.add(other);
      }
    }
    if (matched.isEmpty()) {
      return 0;
    }
    matched.add(fresh);
    matched.stream()
        .filter(r -> r.state() == ReportState.ESCROW && r.handling().awaiting() != Awaiting.RELEASE)
        .forEach(r -> ask(ws, r));
    return matched.size() - 1;
  }

  private boolean sameReporter(WorkspaceId ws, Report other, Optional<String> reporter) {
    return reporter.isPresent()
        && tags.reporterOf(ws, other)
            .map(UserRef::userId)
            .filter(reporter.get()::equals)
            .isPresent();
  }

  private void ask(WorkspaceId ws, Report report) {
    Report asked = report.with(report.handling().awaiting(Awaiting.RELEASE));
    store.save(ws, asked);
    notices.toReporter(
        ws, asked, theirs -> ReporterMessages.releaseQuestion(theirs, asked.number()));
  }
}
