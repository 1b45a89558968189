package org.allybot.core.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;

/**
 * What a reporter does with their own reports: see them, add to one, answer the desk, withdraw,
 * release one held in escrow, answer whether HR may have it. A report is theirs only when its
 * per-report check says so; anyone else is told there is no such report of theirs.
 */
final class ReporterCommands {
  static final String ANSWER = "answer";
  static final String HR = "hr";

  private final DeskStore store;
  private final DeskTags tags;
  private final ReportLifecycle lifecycle;
  private final DeskNotices notices;
  private final HrHandoff hr;
  private final Clock clock;

  ReporterCommands(
      DeskStore store,
      DeskTags tags,
      ReportLifecycle lifecycle,
      DeskNotices notices,
      HrHandoff hr,
      Clock clock) {
    this.store = store;
    this.tags = tags;
    this.lifecycle = lifecycle;
    this.notices = notices;
    this.hr = hr;
    this.clock = clock;
  }

  List<Report> mine(UserRef user) {
    WorkspaceId ws = user.workspace();
    return store.all(ws).stream().filter(r -> tags.isReporter(ws, r, user.userId())).toList();
  }

  Reply status(UserRef user) {
    return Reply.of(DeskTexts.status(mine(user)));
  }

  Report mine(UserRef user, int number, String usage) {
    return store
        .find(user.workspace(), number)
        .filter(r -> tags.isReporter(user.workspace(), r, user.userId()))
        .orElseThrow(() -> new UsageException(DeskTexts.notYourReport(number), usage));
  }

  Reply add(UserRef user, Report report, String text) {
    WorkspaceId ws = user.workspace();
    requireOpen(report, DeskTexts.ADD_USAGE);
    DeskTexts.requireText(text, DeskTexts.ADD_USAGE);
    boolean answering = ANSWER.equals(report.handling().awaiting());
    lifecycle.note(
        ws, report.number(), answering ? Entry.Kind.ANSWER : Entry.Kind.ADDITION, "", text);
    if (answering && report.state() == ReportState.WAITING_FOR_REPORTER) {
      Report cleared = lifecycle.awaitingNothing(ws, report);
      lifecycle.move(ws, cleared, ReportState.PICKED_UP, ReportLifecycle.REPORTER);
    }
    if (report.state() != ReportState.ESCROW) {
      notices.toDesk(ws, report, today(), DeskTexts.reporterWrote(report.number(), answering));
    }
    return Reply.text(DeskTexts.added(report.number(), answering));
  }

  Reply withdraw(UserRef user, Report report) {
    requireOpen(report, DeskTexts.WITHDRAW_USAGE);
    WorkspaceId ws = user.workspace();
    boolean wasAtDesk = report.state() != ReportState.ESCROW;
    lifecycle.save(
        ws,
        report,
        report.handling().closed(Outcome.WITHDRAWN, lifecycle.now()),
        ReportLifecycle.REPORTER);
    if (wasAtDesk) {
      notices.toDesk(ws, report, today(), DeskTexts.withdrawnNotice(report.number()));
    }
    return Reply.text(DeskTexts.withdrawn(report.number()));
  }

  Reply release(UserRef user, Report report, boolean yes) {
    WorkspaceId ws = user.workspace();
    if (report.state() != ReportState.ESCROW) {
      return Reply.text(DeskTexts.notInEscrow(report.number()));
    }
    Report cleared = lifecycle.awaitingNothing(ws, report);
    if (!yes) {
      return Reply.replacing(DeskTexts.keptSealed(report.number()));
    }
    Report released = lifecycle.move(ws, cleared, ReportState.NEW, ReportLifecycle.REPORTER);
    notices.toDesk(ws, released, today(), DeskTexts.newReport(report.number()));
    return Reply.replacing(DeskTexts.released(report.number()));
  }

  Reply hrAnswer(UserRef user, Report report, boolean yes) {
    WorkspaceId ws = user.workspace();
    if (!HR.equals(report.handling().awaiting())) {
      return Reply.text(DeskTexts.hrNotAsked(report.number()));
    }
    Report cleared = lifecycle.awaitingNothing(ws, report);
    if (yes && hr.send(ws, cleared, today(), ReportLifecycle.REPORTER)) {
      return Reply.replacing(DeskTexts.hrSent(report.number()));
    }
    lifecycle.move(ws, cleared, ReportState.PICKED_UP, ReportLifecycle.REPORTER);
    notices.toDesk(ws, cleared, today(), DeskTexts.hrDeclinedNotice(report.number(), yes));
    return Reply.replacing(DeskTexts.hrKept(report.number(), yes));
  }

  private static void requireOpen(Report report, String usage) {
    if (report.state() == ReportState.CLOSED) {
      throw new UsageException(DeskTexts.alreadyClosed(report.number()), usage);
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
