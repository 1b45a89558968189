package org.allybot.core.desk;

import static org.allybot.core.desk.ReporterMessages.ref;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;

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

  Reply list(Actor actor, Messages say) {
    access.requireDesk(actor, today(), say);
    WorkspaceId ws = actor.user().workspace();
    List<Report> open =
        store.all(ws).stream()
            .filter(r -> r.state().open() && access.maySee(actor, r, today()))
            .toList();
    return Reply.of(DeskViews.list(say, open, lifecycle.now()));
  }

  /** The report by number, if this desk member may see it; else the same error as no report. */
  Report visible(Actor actor, int number, String usage, Messages say) {
    access.requireDesk(actor, today(), say);
    return store
        .find(actor.user().workspace(), number)
        .filter(r -> access.maySee(actor, r, today()))
        .orElseThrow(
            () -> new UsageException(say.text("desk.no-such-report", "n", ref(number)), usage));
  }

  Reply show(Actor actor, Report report, Messages say) {
    WorkspaceId ws = actor.user().workspace();
    String named =
        report.reporter().named()
            ? tags.reporterOf(ws, report).map(u -> "<@" + u.userId() + ">").orElse("")
            : "";
    return Reply.of(
        DeskViews.show(
            say,
            report,
            named,
            store.entries(ws, report.number()),
            store.auditTrail(ws, report.number())));
  }

  Reply pick(Actor actor, Report report, Messages say) {
    ReporterCommands.requireOpen(report, say.text("desk.usage.pick"), say);
    WorkspaceId ws = actor.user().workspace();
    String n = ref(report.number());
    // Two allies picking at once: the claim lets one of them have it.
    if (report.state() != ReportState.NEW
        || !store.claimOnce(ws, report.number(), DeskStore.Once.PICK, DeskReminders.CLAIM_KEPT)) {
      return Reply.text(say.text("desk.already-picked", "n", n));
    }
    String by = actor.user().userId();
    lifecycle.save(ws, report, report.handling().picked(by, now()), by);
    return Reply.text(say.text("desk.picked", "n", n));
  }

  Reply note(Actor actor, Report report, String text, Messages say) {
    ReporterCommands.requireText(text, say.text("desk.usage.note"), say);
    lifecycle.note(
        actor.user().workspace(), report.number(), Entry.Kind.NOTE, actor.user().userId(), text);
    return Reply.text(say.text("desk.noted", "n", ref(report.number())));
  }

  Reply ask(Actor actor, Report report, String text, Messages say) {
    String usage = say.text("desk.usage.ask");
    ReporterCommands.requireOpen(report, usage, say);
    ReporterCommands.requireText(text, usage, say);
    String n = ref(report.number());
    if (!report.draft().followUp()) {
      return Reply.text(say.text("desk.no-follow-up", "n", n));
    }
    WorkspaceId ws = actor.user().workspace();
    String by = actor.user().userId();
    if (!notices.toReporter(
        ws, report, theirs -> ReporterMessages.question(theirs, report.number(), text))) {
      return Reply.text(say.text("desk.reporter-unreachable", "n", n));
    }
    lifecycle.note(ws, report.number(), Entry.Kind.QUESTION, by, text);
    Report waiting = report.with(report.handling().awaiting(Awaiting.ANSWER));
    lifecycle.save(ws, report, waiting.handling().moved(ReportState.WAITING_FOR_REPORTER), by);
    return Reply.text(say.text("desk.asked", "n", n));
  }

  Reply toHr(Actor actor, Report report, Messages say) {
    ReporterCommands.requireOpen(report, say.text("desk.usage.hr"), say);
    WorkspaceId ws = actor.user().workspace();
    String by = actor.user().userId();
    String n = ref(report.number());
    if (report.state() == ReportState.WITH_HR) {
      return Reply.text(say.text("desk.already-with-hr", "n", n));
    }
    if (access.setup(ws, today()).hr().isEmpty()) {
      return Reply.text(say.text("desk.no-hr-contacts"));
    }
    return switch (report.draft().hr()) {
      case NO -> Reply.text(say.text("desk.hr-refused", "n", n));
      case YES ->
          hr.send(ws, report, today(), by)
              ? Reply.text(say.text("desk.sent-to-hr", "n", n))
              : Reply.text(say.text("desk.no-hr-contacts"));
      case ASK_FIRST -> {
        if (!notices.toReporter(
            ws, report, theirs -> ReporterMessages.hrQuestion(theirs, report.number()))) {
          yield Reply.text(say.text("desk.reporter-unreachable", "n", n));
        }
        Report waiting = report.with(report.handling().awaiting(Awaiting.HR));
        lifecycle.save(ws, report, waiting.handling().moved(ReportState.WAITING_FOR_REPORTER), by);
        yield Reply.text(say.text("desk.hr-asked", "n", n));
      }
    };
  }

  Reply close(Actor actor, Report report, String outcome, Messages say) {
    String usage = say.text("desk.usage.close");
    ReporterCommands.requireOpen(report, usage, say);
    Outcome how =
        Outcome.parse(outcome).orElseThrow(() -> new UsageException(unknown(say, outcome), usage));
    String by = actor.user().userId();
    lifecycle.save(actor.user().workspace(), report, report.handling().closed(how, now()), by);
    if (report.draft().followUp()) {
      notices.toReporter(
          actor.user().workspace(),
          report,
          theirs -> ReporterMessages.closed(theirs, report.number(), how));
    }
    return Reply.text(
        say.text("desk.closed", "n", ref(report.number()), "outcome", how.label(say)));
  }

  private static String unknown(Messages say, String raw) {
    return raw.isBlank()
        ? say.text("desk.outcome.missing")
        : say.text("desk.outcome.unknown", "raw", DeskCommands.cut(raw));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private java.time.Instant now() {
    return lifecycle.now();
  }
}
