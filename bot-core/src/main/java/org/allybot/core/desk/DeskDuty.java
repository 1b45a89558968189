package org.allybot.core.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;

/**
 * The rota's commands: list the open reports, show one, pick it up, note, ask the reporter, pass it
 * to HR (by the reporter's consent), close it. Each asks {@link DeskAccess} first, so a report that
 * names someone, or one they may no longer see, does not exist for them.
 */
final class DeskDuty {
  private final DeskStore store;
  private final DeskAccess access;
  private final DeskTags tags;
  private final ReportLifecycle lifecycle;
  private final DeskNotices notices;
  private final HrHandoff hr;
  private final Clock clock;

  DeskDuty(
      DeskStore store,
      DeskAccess access,
      DeskTags tags,
      ReportLifecycle lifecycle,
      DeskNotices notices,
      HrHandoff hr,
      Clock clock) {
    this.store = store;
    this.access = access;
    this.tags = tags;
    this.lifecycle = lifecycle;
    this.notices = notices;
    this.hr = hr;
    this.clock = clock;
  }

  Reply list(Actor actor) {
    access.requireDesk(actor, today());
    WorkspaceId ws = actor.user().workspace();
    List<Report> open =
        store.all(ws).stream()
            .filter(r -> r.state().open() && access.maySee(actor, r, today()))
            .toList();
    return Reply.of(DeskTexts.list(open, lifecycle.now()));
  }

  /** The report by number, if this desk member may see it; else the same error as no report. */
  Report visible(Actor actor, int number, String usage) {
    access.requireDesk(actor, today());
    return store
        .find(actor.user().workspace(), number)
        .filter(r -> access.maySee(actor, r, today()))
        .orElseThrow(() -> new UsageException(DeskTexts.noSuchReport(number), usage));
  }

  Reply show(Actor actor, Report report) {
    WorkspaceId ws = actor.user().workspace();
    String named =
        report.reporter().named()
            ? tags.reporterOf(ws, report).map(u -> "<@" + u.userId() + ">").orElse("")
            : "";
    return Reply.of(
        DeskTexts.show(
            report,
            named,
            store.entries(ws, report.number()),
            store.auditTrail(ws, report.number())));
  }

  Reply pick(Actor actor, Report report) {
    requireOpen(report, DeskTexts.PICK_USAGE);
    if (report.state() != ReportState.NEW) {
      return Reply.text(DeskTexts.alreadyPicked(report.number(), report.state()));
    }
    String by = actor.user().userId();
    lifecycle.save(actor.user().workspace(), report, report.handling().picked(by, now()), by);
    return Reply.text(DeskTexts.picked(report.number()));
  }

  Reply note(Actor actor, Report report, String text) {
    DeskTexts.requireText(text, DeskTexts.NOTE_USAGE);
    lifecycle.note(
        actor.user().workspace(), report.number(), Entry.Kind.NOTE, actor.user().userId(), text);
    return Reply.text(DeskTexts.noted(report.number()));
  }

  Reply ask(Actor actor, Report report, String text) {
    requireOpen(report, DeskTexts.ASK_USAGE);
    DeskTexts.requireText(text, DeskTexts.ASK_USAGE);
    if (!report.draft().followUp()) {
      return Reply.text(DeskTexts.noFollowUpWanted(report.number()));
    }
    WorkspaceId ws = actor.user().workspace();
    String by = actor.user().userId();
    if (!notices.toReporter(ws, report, DeskTexts.question(report.number(), text))) {
      return Reply.text(DeskTexts.reporterUnreachable(report.number()));
    }
    lifecycle.note(ws, report.number(), Entry.Kind.QUESTION, by, text);
    Report waiting = report.with(report.handling().awaiting(ReporterCommands.ANSWER));
    lifecycle.save(ws, report, waiting.handling().moved(ReportState.WAITING_FOR_REPORTER), by);
    return Reply.text(DeskTexts.asked(report.number()));
  }

  Reply toHr(Actor actor, Report report) {
    requireOpen(report, DeskTexts.HR_USAGE);
    WorkspaceId ws = actor.user().workspace();
    String by = actor.user().userId();
    if (report.state() == ReportState.WITH_HR) {
      return Reply.text(DeskTexts.alreadyWithHr(report.number()));
    }
    if (access.setup(ws, today()).hr().isEmpty()) {
      return Reply.text(DeskTexts.noHrContacts());
    }
    return switch (report.draft().hr()) {
      case NO -> Reply.text(DeskTexts.hrRefused(report.number()));
      case YES ->
          hr.send(ws, report, today(), by)
              ? Reply.text(DeskTexts.sentToHr(report.number()))
              : Reply.text(DeskTexts.noHrContacts());
      case ASK_FIRST -> {
        if (!notices.toReporter(ws, report, DeskTexts.hrQuestion(report.number()))) {
          yield Reply.text(DeskTexts.reporterUnreachable(report.number()));
        }
        Report waiting = report.with(report.handling().awaiting(ReporterCommands.HR));
        lifecycle.save(ws, report, waiting.handling().moved(ReportState.WAITING_FOR_REPORTER), by);
        yield Reply.text(DeskTexts.hrAsked(report.number()));
      }
    };
  }

  Reply close(Actor actor, Report report, String outcome) {
    requireOpen(report, DeskTexts.CLOSE_USAGE);
    Outcome how =
        Outcome.parse(outcome)
            .orElseThrow(
                () -> new UsageException(DeskTexts.unknownOutcome(outcome), DeskTexts.CLOSE_USAGE));
    String by = actor.user().userId();
    lifecycle.save(
        actor.user().workspace(), report, report.handling().closed(how, now()).awaiting(""), by);
    if (report.draft().followUp()) {
      notices.toReporter(
          actor.user().workspace(), report, DeskTexts.closedForReporter(report.number(), how));
    }
    return Reply.text(DeskTexts.closed(report.number(), how));
  }

  private static void requireOpen(Report report, String usage) {
    if (report.state() == ReportState.CLOSED) {
      throw new UsageException(DeskTexts.alreadyClosed(report.number()), usage);
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private java.time.Instant now() {
    return lifecycle.now();
  }
}
